//! Which of up to 64 bytes belong to a class (digits; letters and digits), as one bit each:
//! the digit-group finder and the keyword search look at text 64 bytes at a time.

/// Bytes looked at a time: one bit per byte in a `u64`.
pub(crate) const BLOCK: usize = 64;

/// Bit i set when `bytes[i]` (at most 64 of them) is an ASCII digit.
#[inline]
pub(crate) fn digit_mask(bytes: &[u8]) -> u64 {
    mask(bytes, Class::Digit)
}

/// Bit i set when `bytes[i]` (at most 64 of them) is an ASCII letter or digit.
#[inline]
pub(crate) fn alnum_mask(bytes: &[u8]) -> u64 {
    mask(bytes, Class::Alnum)
}

#[derive(Clone, Copy)]
enum Class {
    Digit,
    Alnum,
}

impl Class {
    fn contains(self, b: u8) -> bool {
        match self {
            Class::Digit => b.is_ascii_digit(),
            Class::Alnum => b.is_ascii_alphanumeric(),
        }
    }
}

#[inline(always)]
fn mask(bytes: &[u8], class: Class) -> u64 {
    match <&[u8; BLOCK]>::try_from(bytes) {
        Ok(block) => block_mask(block, class),
        Err(_) => bytewise(bytes, class),
    }
}

fn bytewise(bytes: &[u8], class: Class) -> u64 {
    bytes
        .iter()
        .enumerate()
        .fold(0, |m, (i, &b)| m | (u64::from(class.contains(b)) << i))
}

/// Sixteen bytes per SSE2 compare (part of every x86-64 CPU): a digit is a byte at most 9
/// above `0` (as unsigned bytes), a letter one whose lower-case form is at most 25 above `a`.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn block_mask(block: &[u8; BLOCK], class: Class) -> u64 {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_min_epu8, _mm_movemask_epi8, _mm_or_si128,
        _mm_set1_epi8, _mm_sub_epi8,
    };
    // SAFETY: SSE2 is part of the x86-64 baseline, so its intrinsics are always there (the
    // compiler still asks for `unsafe` outside a `#[target_feature]` function); each load
    // reads the 16 bytes of `lane`, with no alignment requirement.
    unsafe {
        let (zero, nine) = (_mm_set1_epi8(b'0' as i8), _mm_set1_epi8(9));
        let (case, a, z) = (
            _mm_set1_epi8(0x20),
            _mm_set1_epi8(b'a' as i8),
            _mm_set1_epi8(25),
        );
        let mut mask = 0u64;
        for (i, lane) in block.chunks_exact(16).enumerate() {
            let bytes = _mm_loadu_si128(lane.as_ptr().cast::<__m128i>());
            let digit_off = _mm_sub_epi8(bytes, zero);
            let mut hit = _mm_cmpeq_epi8(_mm_min_epu8(digit_off, nine), digit_off);
            if let Class::Alnum = class {
                let letter_off = _mm_sub_epi8(_mm_or_si128(bytes, case), a);
                let letter = _mm_cmpeq_epi8(_mm_min_epu8(letter_off, z), letter_off);
                hit = _mm_or_si128(hit, letter);
            }
            mask |= u64::from(_mm_movemask_epi8(hit) as u16) << (16 * i);
        }
        mask
    }
}

#[cfg(not(target_arch = "x86_64"))]
fn block_mask(block: &[u8; BLOCK], class: Class) -> u64 {
    bytewise(block, class)
}

#[cfg(test)]
mod tests {
    use super::{alnum_mask, digit_mask};

    #[test]
    fn block_masks_match_the_bytewise_rules() {
        let bytes: Vec<u8> = (0..=255u8).collect();
        for chunk in bytes.chunks(64).chain([&bytes[40..70], &bytes[250..]]) {
            let rule = |class: fn(&u8) -> bool| {
                chunk
                    .iter()
                    .enumerate()
                    .fold(0u64, |m, (i, b)| m | (u64::from(class(b)) << i))
            };
            assert_eq!(digit_mask(chunk), rule(u8::is_ascii_digit));
            assert_eq!(alnum_mask(chunk), rule(u8::is_ascii_alphanumeric));
        }
    }
}

//! BIP-39 mnemonics (wallet seed phrases): English words whose 11-bit indices carry the
//! entropy and, in their last bits, the first bits of its SHA-256.

use sha2::{Digest, Sha256};

/// bitcoin/bips bip-0039/english.txt (SHA-256 2f5eed53…dbda), sorted, one word per line.
const ENGLISH: &str = include_str!("bip39_english.txt");

fn words() -> &'static [&'static str] {
    static WORDS: std::sync::LazyLock<Vec<&'static str>> =
        std::sync::LazyLock::new(|| ENGLISH.lines().collect());
    &WORDS
}

/// A valid English BIP-39 mnemonic: 12, 15, 18, 21 or 24 words of the list separated by
/// single spaces, whose checksum bits match. A phrase of the right words with a broken checksum
/// (one word changed) fails 15 times in 16 for 12 words.
pub fn bip39(value: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(value) else {
        return false;
    };
    let list = words();
    // Up to 24 indices of 11 bits: 264 bits, 33 bytes.
    let mut bits = [0u8; 33];
    let mut n = 0;
    for word in text.split(' ') {
        if n == 24 {
            return false;
        }
        let Ok(index) = list.binary_search(&word) else {
            return false;
        };
        for bit in 0..11 {
            if index >> (10 - bit) & 1 == 1 {
                let at = n * 11 + bit;
                bits[at / 8] |= 0x80 >> (at % 8);
            }
        }
        n += 1;
    }
    if !matches!(n, 12 | 15 | 18 | 21 | 24) {
        return false;
    }
    let checksum_bits = n / 3;
    let entropy_bytes = (n * 11 - checksum_bits) / 8;
    let digest = Sha256::digest(&bits[..entropy_bytes]);
    (0..checksum_bits).all(|i| {
        let at = entropy_bytes * 8 + i;
        let have = bits[at / 8] >> (7 - at % 8) & 1;
        let want = digest[i / 8] >> (7 - i % 8) & 1;
        have == want
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_list_is_bip39s() {
        assert_eq!(words().len(), 2048);
        assert!(
            words().windows(2).all(|w| w[0] < w[1]),
            "sorted, for binary search"
        );
    }

    #[test]
    fn test_vectors_of_bip39() {
        // The first test vectors of the BIP-39 reference (trezor/python-mnemonic vectors.json):
        // all-zero entropy, 128 and 256 bits.
        assert!(bip39(b"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"));
        assert!(bip39(b"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art"));
        assert!(bip39(
            b"legal winner thank year wave sausage worth useful legal winner thank yellow"
        ));
        // The checksum of the all-zero phrase is `about`'s last bits: `abandon` breaks it.
        assert!(!bip39(b"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"));
        assert!(!bip39(b"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"), "11 words");
        assert!(!bip39(b"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon aboutx"));
        assert!(!bip39(b"abandon  abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"));
        assert!(!bip39(b""));
    }
}

//! The bytes a parsed regex (`regex_syntax::hir::Hir`, bytes mode) can match: at a match's
//! edges, or anywhere in it. The value-bounds rule and the anchor-context rule are built on
//! these sets.

use regex_syntax::hir::{Class, Hir, HirKind};

/// A set of bytes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct ByteSet([u64; 4]);

impl ByteSet {
    pub(crate) const EMPTY: ByteSet = ByteSet([0; 4]);
    pub(crate) const FULL: ByteSet = ByteSet([u64::MAX; 4]);

    pub(crate) fn single(b: u8) -> ByteSet {
        let mut set = ByteSet::EMPTY;
        set.insert_range(b, b);
        set
    }

    pub(crate) fn insert_range(&mut self, lo: u8, hi: u8) {
        for b in lo..=hi {
            self.0[usize::from(b >> 6)] |= 1 << (b & 63);
        }
    }

    pub(crate) fn contains(&self, b: u8) -> bool {
        self.0[usize::from(b >> 6)] & (1 << (b & 63)) != 0
    }

    pub(crate) fn union(self, other: ByteSet) -> ByteSet {
        ByteSet(std::array::from_fn(|i| self.0[i] | other.0[i]))
    }

    pub(crate) fn intersection(self, other: ByteSet) -> ByteSet {
        ByteSet(std::array::from_fn(|i| self.0[i] & other.0[i]))
    }
}

#[derive(Clone, Copy)]
pub(crate) enum Edge {
    First,
    Last,
}

/// The bytes a match of `hir` can start (or end) with, and whether it can be empty.
pub(crate) fn edge_bytes(hir: &Hir, edge: Edge) -> (ByteSet, bool) {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => (ByteSet::EMPTY, true),
        HirKind::Literal(lit) => {
            let mut set = ByteSet::EMPTY;
            let b = match edge {
                Edge::First => lit.0.first(),
                Edge::Last => lit.0.last(),
            };
            match b {
                Some(&b) => {
                    set.insert_range(b, b);
                    (set, false)
                }
                None => (set, true),
            }
        }
        HirKind::Class(class) => (class_bytes(class), false),
        HirKind::Repetition(rep) => {
            let (set, nullable) = edge_bytes(&rep.sub, edge);
            (set, nullable || rep.min == 0)
        }
        HirKind::Capture(capture) => edge_bytes(&capture.sub, edge),
        HirKind::Concat(parts) => {
            let mut set = ByteSet::EMPTY;
            let mut ordered: Vec<&Hir> = parts.iter().collect();
            if let Edge::Last = edge {
                ordered.reverse();
            }
            for part in ordered {
                let (s, nullable) = edge_bytes(part, edge);
                set = set.union(s);
                if !nullable {
                    return (set, false);
                }
            }
            (set, true)
        }
        HirKind::Alternation(alternatives) => {
            let mut set = ByteSet::EMPTY;
            let mut nullable = false;
            for alternative in alternatives {
                let (s, n) = edge_bytes(alternative, edge);
                set = set.union(s);
                nullable |= n;
            }
            (set, nullable)
        }
    }
}

/// Every byte a match of `hir` can contain.
pub(crate) fn all_bytes(hir: &Hir) -> ByteSet {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => ByteSet::EMPTY,
        HirKind::Literal(lit) => {
            let mut set = ByteSet::EMPTY;
            for &b in lit.0.iter() {
                set.insert_range(b, b);
            }
            set
        }
        HirKind::Class(class) => class_bytes(class),
        HirKind::Repetition(rep) => all_bytes(&rep.sub),
        HirKind::Capture(capture) => all_bytes(&capture.sub),
        HirKind::Concat(parts) | HirKind::Alternation(parts) => parts
            .iter()
            .fold(ByteSet::EMPTY, |set, h| set.union(all_bytes(h))),
    }
}

fn class_bytes(class: &Class) -> ByteSet {
    let mut set = ByteSet::EMPTY;
    match class {
        Class::Bytes(bytes) => {
            for r in bytes.ranges() {
                set.insert_range(r.start(), r.end());
            }
        }
        // Not produced in bytes mode; should one appear, any non-ASCII byte may be part of it.
        Class::Unicode(unicode) => {
            for r in unicode.ranges() {
                let (lo, hi) = (u32::from(r.start()), u32::from(r.end()));
                if lo < 0x80 {
                    set.insert_range(lo as u8, hi.min(0x7f) as u8);
                }
                if hi >= 0x80 {
                    set.insert_range(0x80, 0xff);
                }
            }
        }
    }
    set
}

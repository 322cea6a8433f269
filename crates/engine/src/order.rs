//! Stable sorting by an integer key through one shared sort.
//!
//! `sort_by_key` is compiled anew for every element type, and each copy of
//! the standard library's stable sort costs the page's bundle about 4 KB.
//! The engine's few sorts, and the page's, go through here instead: the `(key, position)`
//! pairs are sorted (one instantiation for all callers) and the items are
//! put in that order. Equal keys keep their positions' order, so the
//! result is exactly `sort_by_key`'s.

/// Sorts `items` by `key`, keeping items with equal keys in their order.
/// To sort by several keys, sort by each in turn, the least significant
/// first: each pass keeps the order of the ones before among its ties.
pub fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<(u64, usize)> = items
        .iter()
        .enumerate()
        .map(|(position, item)| (key(item), position))
        .collect();
    sort_pairs(&mut order);
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|(_, position)| slots[position].take()),
    );
}

/// A sort key for text: its first eight bytes, big-endian. Texts that
/// differ within their first eight bytes sort by it as they sort as text.
pub fn text_key(text: &str) -> u64 {
    let mut bytes = [0u8; 8];
    for (slot, byte) in bytes.iter_mut().zip(text.bytes()) {
        *slot = byte;
    }
    u64::from_be_bytes(bytes)
}

/// A sort key for a number: its bits, arranged so that numbers sort by it
/// as `f64::total_cmp` sorts them (negative ones flipped whole, the others
/// above them).
pub fn f64_key(value: f64) -> u64 {
    let bits = value.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

/// Positions are distinct, so the unstable sort gives the one order.
#[inline(never)]
fn sort_pairs(order: &mut [(u64, usize)]) {
    order.sort_unstable();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_stable_sort() {
        let mut seed = 7u64;
        for len in 0..40 {
            let items: Vec<(u64, u32)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    ((seed >> 60) % 5, i)
                })
                .collect();
            let mut expected = items.clone();
            expected.sort_by_key(|item| item.0);
            let mut sorted = items;
            sort_by_key(&mut sorted, |item| item.0);
            assert_eq!(sorted, expected);
        }
    }

    #[test]
    fn texts_sort_by_their_keys_as_they_sort_as_text() {
        let mut words = [
            "waiting",
            "scheduled",
            "running",
            "done",
            "failed",
            "—",
            "",
            "do",
        ];
        let mut by_key = words;
        words.sort_unstable();
        by_key.sort_unstable_by_key(|word| text_key(word));
        assert_eq!(by_key, words);
    }

    #[test]
    fn numbers_sort_by_their_keys_as_total_cmp_sorts_them() {
        let mut numbers = [
            3.5,
            0.0,
            -0.0,
            12.25,
            1e-9,
            170.3,
            -1.0,
            f64::INFINITY,
            -2.5,
            2.0,
        ];
        let mut by_key = numbers;
        numbers.sort_unstable_by(f64::total_cmp);
        by_key.sort_unstable_by_key(|value| f64_key(*value));
        assert_eq!(by_key.map(f64::to_bits), numbers.map(f64::to_bits));
    }
}

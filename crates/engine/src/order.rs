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
}

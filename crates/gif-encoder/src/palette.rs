//! The animation's one palette of 256 colours, and each pixel's place in
//! it.
//!
//! Learning a palette (NeuQuant) costs far more than using one: done for
//! every frame, it took 0.85 s a frame at 1280 × 720 in the page. The
//! frames of an export share their colours (the page's inks, and the
//! blends of their anti-aliased edges), so the palette is learned once,
//! from the first frame, after the inks the page names: those stay exact
//! even when the first frame has none of them (a station that fails
//! later, a finished one). Each later colour goes to its nearest entry,
//! remembered, so a frame costs a table lookup per pixel.

use std::collections::HashMap;

use color_quant::NeuQuant;

/// How finely NeuQuant samples the first frame: 1 reads every pixel,
/// 30 one in 30; 10 is its authors' trade-off.
const SAMPLE_FACTOR: i32 = 10;

/// Most entries a GIF palette holds.
const ENTRIES: usize = 256;

/// The colours, and each colour seen so far with its entry.
pub struct Palette {
    /// RGB of each entry.
    colours: Vec<[u8; 3]>,
    /// 0xRRGGBB → entry.
    nearest: HashMap<u32, u8>,
}

impl Palette {
    /// The `inks` (RGB, exact, duplicates once), then what NeuQuant
    /// learns from `rgba` to fill the rest.
    pub fn learn(inks: &[[u8; 3]], rgba: &[u8]) -> Palette {
        let mut colours: Vec<[u8; 3]> = Vec::with_capacity(ENTRIES);
        for ink in inks {
            if colours.len() < ENTRIES && !colours.contains(ink) {
                colours.push(*ink);
            }
        }
        let room = ENTRIES - colours.len();
        if room > 0 && !rgba.is_empty() {
            let learned = NeuQuant::new(SAMPLE_FACTOR, room, rgba).color_map_rgb();
            for colour in learned.chunks_exact(3) {
                let colour = [colour[0], colour[1], colour[2]];
                if !colours.contains(&colour) {
                    colours.push(colour);
                }
            }
        }
        if colours.is_empty() {
            colours.push([0, 0, 0]);
        }
        Palette {
            colours,
            nearest: HashMap::new(),
        }
    }

    /// The table as a GIF writes it: RGB after RGB.
    pub fn table(&self) -> Vec<u8> {
        self.colours.iter().flatten().copied().collect()
    }

    /// The entry of each pixel of `rgba` (alpha ignored: frames are
    /// opaque).
    pub fn indices(&mut self, rgba: &[u8]) -> Vec<u8> {
        rgba.chunks_exact(4)
            .map(|pixel| self.entry([pixel[0], pixel[1], pixel[2]]))
            .collect()
    }

    /// The entry nearest `colour` (squared distance in RGB), remembered.
    fn entry(&mut self, colour: [u8; 3]) -> u8 {
        let key = u32::from_be_bytes([0, colour[0], colour[1], colour[2]]);
        if let Some(entry) = self.nearest.get(&key) {
            return *entry;
        }
        let distance = |entry: &[u8; 3]| -> u32 {
            entry
                .iter()
                .zip(colour)
                .map(|(a, b)| u32::from(a.abs_diff(b)).pow(2))
                .sum()
        };
        let entry = self
            .colours
            .iter()
            .enumerate()
            .min_by_key(|(_, candidate)| distance(candidate))
            .map_or(0, |(index, _)| index as u8);
        self.nearest.insert(key, entry);
        entry
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inks_stay_exact_even_when_the_first_frame_has_none_of_them() {
        let grey: Vec<u8> = (0..64 * 64)
            .flat_map(|i| [(i % 200) as u8, (i % 200) as u8, (i % 200) as u8, 255])
            .collect();
        let green = [0x00, 0x9e, 0x73];
        let mut palette = Palette::learn(&[green], &grey);
        let entry = palette.indices(&[0x00, 0x9e, 0x73, 255])[0];
        assert_eq!(palette.colours[usize::from(entry)], green);
        assert!(palette.colours.len() <= ENTRIES);
    }

    #[test]
    fn a_colour_goes_to_its_nearest_entry() {
        let mut palette = Palette::learn(&[[0, 0, 0], [250, 250, 250]], &[]);
        assert_eq!(
            palette.indices(&[10, 10, 10, 255, 240, 240, 240, 255]),
            [0, 1]
        );
        assert_eq!(palette.table(), [0, 0, 0, 250, 250, 250]);
    }
}

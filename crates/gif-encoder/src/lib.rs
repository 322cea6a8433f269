//! The GIF encoder of the page's export for slides, built as a
//! WebAssembly module of its own so that neither of the page's builds
//! carries it: the page imports it (`vaccinationLot.loadGif()` in
//! `static/loader.js`) only when a GIF is exported.
//!
//! ```text
//!   page: the page's inks (RGB) ───────────► GifEncoder::new
//!   page: draw frame k on a canvas ─► RGBA ─► GifEncoder.add_frame
//!           (the first frame: the palette learned, after the inks;
//!            each frame: its pixels' entries, LZW, appended to the file)
//!   page: after the last frame ─────────────► GifEncoder.finish ─► bytes
//! ```
//!
//! Frames are encoded as they come, so only the file grows, never a list
//! of whole frames. Failures are values ([`GifError`]), never panics.

mod palette;

use std::fmt;

use gif::{Encoder, Frame, Repeat};

use palette::Palette;

/// Why a GIF could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GifError {
    /// A size of 0, or beyond GIF's 65535.
    Size {
        /// Asked width \[px\].
        width: u32,
        /// Asked height \[px\].
        height: u32,
    },
    /// A frame whose pixels are not width × height × 4 bytes.
    FrameLength {
        /// Bytes expected.
        expected: usize,
        /// Bytes given.
        given: usize,
    },
    /// No frame was added.
    NoFrames,
    /// The encoder's own error, in its words.
    Encoding(String),
}

impl fmt::Display for GifError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GifError::Size { width, height } => {
                write!(f, "a GIF is 1 to 65535 px each way, not {width} × {height}")
            }
            GifError::FrameLength { expected, given } => {
                write!(f, "a frame is {expected} bytes of RGBA, not {given}")
            }
            GifError::NoFrames => f.write_str("a GIF needs at least one frame"),
            GifError::Encoding(detail) => write!(f, "GIF encoding failed: {detail}"),
        }
    }
}

impl std::error::Error for GifError {}

impl From<gif::EncodingError> for GifError {
    fn from(error: gif::EncodingError) -> GifError {
        GifError::Encoding(error.to_string())
    }
}

/// An animated GIF being written, frame by frame, looping for ever, in
/// one palette learned from its first frame.
pub struct Animation {
    /// Started with the first frame, whose colours make the palette.
    started: Option<(Encoder<Vec<u8>>, Palette)>,
    /// Colours kept exact in the palette (RGB).
    inks: Vec<[u8; 3]>,
    width: u16,
    height: u16,
    /// Each frame's display time \[1/100 s\].
    delay: u16,
    frames: u32,
}

impl Animation {
    /// An animation `width` × `height` px, each frame shown `delay`
    /// hundredths of a second, keeping `inks` (RGB triples, at most 256
    /// used) exact.
    pub fn new(width: u32, height: u32, delay: u16, inks: &[u8]) -> Result<Animation, GifError> {
        let size = |value: u32| u16::try_from(value).ok().filter(|value| *value > 0);
        let (Some(w), Some(h)) = (size(width), size(height)) else {
            return Err(GifError::Size { width, height });
        };
        Ok(Animation {
            started: None,
            inks: inks
                .chunks_exact(3)
                .map(|ink| [ink[0], ink[1], ink[2]])
                .collect(),
            width: w,
            height: h,
            delay,
            frames: 0,
        })
    }

    /// Appends a frame of `rgba` pixels (row by row, 4 bytes each, as a
    /// canvas's `ImageData` holds them). The first one also teaches the
    /// palette.
    pub fn add_frame(&mut self, rgba: &[u8]) -> Result<(), GifError> {
        let expected = usize::from(self.width) * usize::from(self.height) * 4;
        if rgba.len() != expected {
            return Err(GifError::FrameLength {
                expected,
                given: rgba.len(),
            });
        }
        let (encoder, palette) = match &mut self.started {
            Some(started) => started,
            None => {
                let palette = Palette::learn(&self.inks, rgba);
                let mut encoder =
                    Encoder::new(Vec::new(), self.width, self.height, &palette.table())?;
                encoder.set_repeat(Repeat::Infinite)?;
                self.started.insert((encoder, palette))
            }
        };
        let mut frame =
            Frame::from_indexed_pixels(self.width, self.height, palette.indices(rgba), None);
        frame.delay = self.delay;
        encoder.write_frame(&frame)?;
        self.frames += 1;
        Ok(())
    }

    /// Frames added so far.
    pub fn frames(&self) -> u32 {
        self.frames
    }

    /// The whole file, its trailer written.
    pub fn finish(self) -> Result<Vec<u8>, GifError> {
        let (encoder, _) = self.started.ok_or(GifError::NoFrames)?;
        Ok(encoder.into_inner()?)
    }
}

/// The module's JavaScript face: `new GifEncoder(width, height, delay, inks)`,
/// `add_frame(rgba)`, `finish()`; errors are thrown as text.
#[cfg(target_arch = "wasm32")]
mod bindings {
    use wasm_bindgen::prelude::*;

    use super::Animation;

    /// An animated GIF being written (see [`Animation`]).
    #[wasm_bindgen]
    pub struct GifEncoder(Animation);

    #[wasm_bindgen]
    impl GifEncoder {
        /// An animation `width` × `height` px, each frame shown `delay`
        /// hundredths of a second, keeping `inks` (RGB triples) exact.
        #[wasm_bindgen(constructor)]
        pub fn new(
            width: u32,
            height: u32,
            delay: u16,
            inks: &[u8],
        ) -> Result<GifEncoder, JsValue> {
            Animation::new(width, height, delay, inks)
                .map(GifEncoder)
                .map_err(|error| JsValue::from_str(&error.to_string()))
        }

        /// Appends a frame of RGBA pixels.
        pub fn add_frame(&mut self, rgba: &[u8]) -> Result<(), JsValue> {
            self.0
                .add_frame(rgba)
                .map_err(|error| JsValue::from_str(&error.to_string()))
        }

        /// The whole file; the encoder is spent.
        pub fn finish(self) -> Result<Vec<u8>, JsValue> {
            self.0
                .finish()
                .map_err(|error| JsValue::from_str(&error.to_string()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(width: usize, height: usize, shade: u8) -> Vec<u8> {
        (0..width * height)
            .flat_map(|pixel| [shade, (pixel % 251) as u8, 40, 255])
            .collect()
    }

    #[test]
    fn the_file_decodes_to_the_frames_added_at_their_size_and_delay() {
        let mut animation = Animation::new(32, 18, 10, &[0, 0, 0]).unwrap();
        for shade in [0, 80, 160] {
            animation.add_frame(&frame(32, 18, shade)).unwrap();
        }
        assert_eq!(animation.frames(), 3);
        let bytes = animation.finish().unwrap();
        let mut options = gif::DecodeOptions::new();
        options.set_color_output(gif::ColorOutput::RGBA);
        let mut decoder = options.read_info(bytes.as_slice()).unwrap();
        assert_eq!((decoder.width(), decoder.height()), (32, 18));
        let mut delays = Vec::new();
        while let Some(frame) = decoder.read_next_frame().unwrap() {
            delays.push(frame.delay);
        }
        assert_eq!(delays, [10, 10, 10]);
    }

    #[test]
    fn a_frame_of_the_wrong_length_is_an_error_not_a_panic() {
        let mut animation = Animation::new(4, 4, 10, &[]).unwrap();
        assert_eq!(
            animation.add_frame(&[0; 12]),
            Err(GifError::FrameLength {
                expected: 64,
                given: 12
            })
        );
    }

    #[test]
    fn sizes_gif_cannot_hold_are_refused() {
        assert!(matches!(
            Animation::new(0, 10, 10, &[]),
            Err(GifError::Size { .. })
        ));
        assert!(matches!(
            Animation::new(70_000, 10, 10, &[]),
            Err(GifError::Size { .. })
        ));
    }

    #[test]
    fn an_animation_without_frames_is_an_error() {
        let animation = Animation::new(4, 4, 10, &[]).unwrap();
        assert_eq!(animation.finish().err(), Some(GifError::NoFrames));
    }

    #[test]
    fn the_frames_decode_to_their_inks() {
        // Two frames of one ink each: the second's ink is not in the first.
        let (blue, green) = ([0x00, 0x72, 0xb2], [0x00, 0x9e, 0x73]);
        let solid = |[r, g, b]: [u8; 3]| [r, g, b, 255].repeat(8 * 8);
        let mut animation = Animation::new(8, 8, 10, &[blue, green].concat()).unwrap();
        animation.add_frame(&solid(blue)).unwrap();
        animation.add_frame(&solid(green)).unwrap();
        let bytes = animation.finish().unwrap();
        let mut options = gif::DecodeOptions::new();
        options.set_color_output(gif::ColorOutput::RGBA);
        let mut decoder = options.read_info(bytes.as_slice()).unwrap();
        let mut firsts = Vec::new();
        while let Some(frame) = decoder.read_next_frame().unwrap() {
            firsts.push([frame.buffer[0], frame.buffer[1], frame.buffer[2]]);
        }
        assert_eq!(firsts, [blue, green]);
    }
}

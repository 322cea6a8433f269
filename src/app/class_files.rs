//! The class view's files: read with the browser's File API, in this tab,
//! and handed to the one state they change ([`ClassFiles`]).
//!
//! ```text
//!   <input type=file multiple> ─┐                      read_result_bytes(name, bytes)
//!   a drop (DataTransfer)      ─┴─► files ─► Blob.arrayBuffer() ─────────────► ClassAction::Add ─► ClassFiles
//! ```
//!
//! Each batch (one choice in the input, one drop) is read in one task and
//! added at once, in the order given, so the summary changes once per
//! batch. Nothing is sent anywhere.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::browser::error_text;
use crate::model::classroom::{
    read_result_bytes, ClassAction, ClassFiles, FileRead, Problem, ReadError,
    RESULT_FILE_BYTES_LIMIT,
};

/// The class view's state, as yew holds it. Every action changes it, so
/// it is never compared (a deep comparison of every file would cost more
/// code than the redraw it saves).
#[derive(Default)]
struct ClassState(ClassFiles);

impl Reducible for ClassState {
    type Action = ClassAction;

    fn reduce(self: Rc<Self>, action: ClassAction) -> Rc<Self> {
        let mut files = self.0.clone();
        files.apply(action);
        Rc::new(ClassState(files))
    }
}

/// The files given and what may be done with them. Cheap to clone.
#[derive(Clone)]
pub struct ClassFilesHandle {
    state: UseReducerHandle<ClassState>,
}

impl ClassFilesHandle {
    /// The files given, read or not, and their summary.
    pub fn files(&self) -> &ClassFiles {
        &self.state.0
    }

    /// Reads `files` (from the input or a drop) and adds them.
    pub fn add(&self) -> Callback<Vec<web_sys::File>> {
        let state = self.state.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            if files.is_empty() {
                return;
            }
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut read = Vec::with_capacity(files.len());
                for file in files {
                    read.push(read_file(&file).await);
                }
                state.dispatch(ClassAction::Add(read));
            });
        })
    }

    /// Forgets every file.
    pub fn clear(&self) -> Callback<()> {
        let state = self.state.clone();
        Callback::from(move |()| state.dispatch(ClassAction::Clear))
    }
}

/// The class view's files, empty at first.
#[hook]
pub fn use_class_files() -> ClassFilesHandle {
    ClassFilesHandle {
        state: use_reducer(ClassState::default),
    }
}

/// One file read, or why not. A file over the limit is refused before
/// its bytes are read into the page.
async fn read_file(file: &web_sys::File) -> FileRead {
    let name = file.name();
    let refused = |problem| {
        Err(ReadError {
            file: name.clone(),
            problem,
        })
    };
    let size = file.size();
    if size > RESULT_FILE_BYTES_LIMIT as f64 {
        return refused(Problem::TooLarge {
            bytes: size as usize,
        });
    }
    let buffer = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => buffer,
        Err(error) => {
            return refused(Problem::Unreadable {
                detail: error_text(&error),
            })
        }
    };
    let Ok(buffer) = buffer.dyn_into::<js_sys::ArrayBuffer>() else {
        return refused(Problem::Unreadable {
            detail: "no ArrayBuffer".into(),
        });
    };
    read_result_bytes(&name, &js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The files in a `FileList` (an input's, or a drop's), in its order.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.item(index))
        .collect()
}

//! The files a teacher has given the class view, and their summary: the
//! view's state, changed only by [`ClassFiles::apply`].
//!
//! A file that could not be read stays in the list with its problem, so
//! the teacher sees which one to fetch again; the summary counts the
//! others.

use super::read::{ReadError, ResultFile};
use super::summary::{summarise, ClassSummary};

/// One file given: read, or why not.
pub type FileRead = Result<ResultFile, ReadError>;

/// What the teacher may do to the list of files.
#[derive(Clone, Debug, PartialEq)]
pub enum ClassAction {
    /// Adds files just read (from the file input or a drop). A file with
    /// the name of one already given replaces it where it stands: the
    /// teacher gave a newer copy.
    Add(Vec<FileRead>),
    /// Forgets every file.
    Clear,
}

/// The files given, in the order given, and their summary.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassFiles {
    files: Vec<FileRead>,
    summary: ClassSummary,
}

impl ClassFiles {
    /// Performs `action`, and sums the files up again.
    pub fn apply(&mut self, action: ClassAction) {
        match action {
            ClassAction::Add(added) => {
                for file in added {
                    match self
                        .files
                        .iter_mut()
                        .find(|given| name(given) == name(&file))
                    {
                        Some(given) => *given = file,
                        None => self.files.push(file),
                    }
                }
            }
            ClassAction::Clear => self.files.clear(),
        }
        let read: Vec<ResultFile> = self.files.iter().flatten().cloned().collect();
        self.summary = summarise(&read);
    }

    /// Every file given, read or not.
    pub fn files(&self) -> &[FileRead] {
        &self.files
    }

    /// How many files were read: the learners counted.
    pub fn learners(&self) -> usize {
        self.files.iter().filter(|file| file.is_ok()).count()
    }

    /// The summary of the files read.
    pub fn summary(&self) -> &ClassSummary {
        &self.summary
    }
}

/// A file's name, read or not.
pub fn name(file: &FileRead) -> &str {
    match file {
        Ok(read) => &read.name,
        Err(error) => &error.file,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classroom::read::read_result_file;

    const ANSWER: &str = r#"[{"verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
        "object": {"id": "urn:x-vaccination-lot:lesson:failure:step:2"},
        "result": {"response": "1"}}]"#;

    #[test]
    fn a_bad_file_is_listed_and_the_others_still_count() {
        let mut class = ClassFiles::default();
        class.apply(ClassAction::Add(vec![
            read_result_file("ana.json", ANSWER),
            read_result_file("notes.txt", "not json"),
            read_result_file("ben.json", ANSWER),
        ]));
        assert_eq!(class.files().len(), 3);
        assert_eq!(class.learners(), 2);
        assert!(class.files()[1].is_err());
        let answered: Vec<usize> = class.summary().questions().map(|q| q.answered).collect();
        assert_eq!(answered, [2]);
    }

    #[test]
    fn a_file_given_again_replaces_the_first_copy() {
        let mut class = ClassFiles::default();
        class.apply(ClassAction::Add(vec![read_result_file("ana.json", "{")]));
        class.apply(ClassAction::Add(vec![read_result_file("ana.json", ANSWER)]));
        assert_eq!(class.files().len(), 1);
        assert_eq!(class.learners(), 1);
        class.apply(ClassAction::Clear);
        assert!(class.files().is_empty());
        assert_eq!(class.summary(), &ClassSummary::default());
    }
}

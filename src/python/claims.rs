//! `Claim` as a Python object, and `extract_claims`.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};
use pyo3::IntoPyObjectExt;

use super::article::PyArticle;
use super::errors::{lang_arg, package_error, text_arg};
use crate::Claim;

/// One attributed report; see `newsclaims.extract_claims`.
#[pyclass(frozen, eq, from_py_object, module = "newsclaims", name = "Claim")]
#[derive(Clone, PartialEq, Eq)]
pub struct PyClaim {
    #[pyo3(get)]
    kind: String,
    #[pyo3(get)]
    content: String,
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    speaker: Option<String>,
    #[pyo3(get)]
    speaker_start: Option<usize>,
    #[pyo3(get)]
    speaker_end: Option<usize>,
    #[pyo3(get)]
    cue: Option<String>,
    #[pyo3(get)]
    hedged: bool,
    #[pyo3(get)]
    stance: String,
    #[pyo3(get)]
    implicit: bool,
    #[pyo3(get)]
    paragraph: usize,
    #[pyo3(get)]
    sentence: String,
}

impl From<Claim> for PyClaim {
    fn from(c: Claim) -> Self {
        PyClaim {
            kind: c.kind.as_str().to_owned(),
            content: c.content,
            start: c.start,
            end: c.end,
            speaker: c.speaker,
            speaker_start: c.speaker_start,
            speaker_end: c.speaker_end,
            cue: c.cue,
            hedged: c.hedged,
            stance: c.stance.as_str().to_owned(),
            implicit: c.implicit,
            paragraph: c.paragraph,
            sentence: c.sentence,
        }
    }
}

#[pymethods]
impl PyClaim {
    #[new]
    #[pyo3(signature = (kind, content, start, end, speaker, speaker_start, speaker_end, cue, hedged, stance, implicit, paragraph, sentence))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        kind: String,
        content: String,
        start: usize,
        end: usize,
        speaker: Option<String>,
        speaker_start: Option<usize>,
        speaker_end: Option<usize>,
        cue: Option<String>,
        hedged: bool,
        stance: String,
        implicit: bool,
        paragraph: usize,
        sentence: String,
    ) -> Self {
        PyClaim {
            kind,
            content,
            start,
            end,
            speaker,
            speaker_start,
            speaker_end,
            cue,
            hedged,
            stance,
            implicit,
            paragraph,
            sentence,
        }
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("kind", &self.kind)?;
        d.set_item("content", &self.content)?;
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("speaker", &self.speaker)?;
        d.set_item("speaker_start", self.speaker_start)?;
        d.set_item("speaker_end", self.speaker_end)?;
        d.set_item("cue", &self.cue)?;
        d.set_item("hedged", self.hedged)?;
        d.set_item("stance", &self.stance)?;
        d.set_item("implicit", self.implicit)?;
        d.set_item("paragraph", self.paragraph)?;
        d.set_item("sentence", &self.sentence)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        let speaker = self
            .speaker
            .as_deref()
            .map_or_else(|| "None".to_owned(), |s| format!("{s:?}"));
        let cue = self
            .cue
            .as_deref()
            .map_or_else(|| "None".to_owned(), |s| format!("{s:?}"));
        format!(
            "Claim(kind={:?}, speaker={speaker}, cue={cue}, start={}, end={}, hedged={}, stance={:?}, implicit={}, content={:?})",
            self.kind,
            self.start,
            self.end,
            if self.hedged { "True" } else { "False" },
            self.stance,
            if self.implicit { "True" } else { "False" },
            super::article::preview(&self.content),
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let c = slf.get().clone();
        let py = slf.py();
        // Thirteen fields: more than pyo3 converts as one tuple, so item by item.
        let items = [
            c.kind.into_bound_py_any(py)?,
            c.content.into_bound_py_any(py)?,
            c.start.into_bound_py_any(py)?,
            c.end.into_bound_py_any(py)?,
            c.speaker.into_bound_py_any(py)?,
            c.speaker_start.into_bound_py_any(py)?,
            c.speaker_end.into_bound_py_any(py)?,
            c.cue.into_bound_py_any(py)?,
            c.hedged.into_bound_py_any(py)?,
            c.stance.into_bound_py_any(py)?,
            c.implicit.into_bound_py_any(py)?,
            c.paragraph.into_bound_py_any(py)?,
            c.sentence.into_bound_py_any(py)?,
        ];
        let args = PyTuple::new(py, items)?;
        Ok((slf.get_type().into_any(), args))
    }
}

/// The claims of an article: a `str` (parsed first) or an `Article` from `parse_article`.
#[pyfunction]
#[pyo3(signature = (text_or_article, *, lang=None))]
pub fn extract_claims(
    py: Python<'_>,
    text_or_article: &Bound<'_, PyAny>,
    lang: Option<&str>,
) -> PyResult<Vec<PyClaim>> {
    let lang = lang_arg(py, lang)?;
    let result = if let Ok(article) = text_or_article.cast::<PyArticle>() {
        let article = article.get();
        let core = article.to_core(py, lang)?;
        py.detach(|| crate::extract_claims_from(article.source(), &core))
    } else {
        let text = text_arg("extract_claims", text_or_article)?;
        py.detach(|| crate::extract_claims(text, lang))
    };
    match result {
        Ok(claims) => Ok(claims.into_iter().map(PyClaim::from).collect()),
        Err(err) => Err(package_error(py, "LanguageError", err.to_string())),
    }
}

//! `Article` and `Block` as Python objects, and `parse_article`.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

use super::errors::{lang_arg, text_arg};
use crate::{Article, Block};

/// One block of the input (`kind`, `text`, `start`, `end` in code points; `reason` for
/// boilerplate).
#[pyclass(frozen, eq, from_py_object, module = "newsclaims", name = "Block")]
#[derive(Clone, PartialEq, Eq)]
pub struct PyBlock {
    #[pyo3(get)]
    kind: String,
    #[pyo3(get)]
    text: String,
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    reason: Option<String>,
}

impl From<&Block> for PyBlock {
    fn from(b: &Block) -> Self {
        PyBlock {
            kind: b.kind.as_str().to_owned(),
            text: b.text.clone(),
            start: b.start,
            end: b.end,
            reason: b.reason.clone(),
        }
    }
}

#[pymethods]
impl PyBlock {
    #[new]
    #[pyo3(signature = (kind, text, start, end, reason=None))]
    fn new(kind: String, text: String, start: usize, end: usize, reason: Option<String>) -> Self {
        PyBlock {
            kind,
            text,
            start,
            end,
            reason,
        }
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("kind", &self.kind)?;
        d.set_item("text", &self.text)?;
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        if self.reason.is_some() {
            d.set_item("reason", &self.reason)?;
        }
        Ok(d)
    }

    fn __repr__(&self) -> String {
        let reason = self
            .reason
            .as_deref()
            .map_or(String::new(), |r| format!(", reason={r:?}"));
        format!(
            "Block(kind={:?}, start={}, end={}, text={:?}{reason})",
            self.kind,
            self.start,
            self.end,
            preview(&self.text)
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let b = slf.get();
        let args = (
            b.kind.clone(),
            b.text.clone(),
            b.start,
            b.end,
            b.reason.clone(),
        )
            .into_pyobject(slf.py())?;
        Ok((slf.get_type().into_any(), args))
    }
}

/// The parts of a news article; see `newsclaims.parse_article`.
#[pyclass(frozen, eq, module = "newsclaims", name = "Article")]
#[derive(Clone, PartialEq, Eq)]
pub struct PyArticle {
    /// The text the article was parsed from; offsets index into it.
    #[pyo3(get)]
    text: String,
    #[pyo3(get)]
    title: Option<String>,
    #[pyo3(get)]
    authors: Vec<String>,
    #[pyo3(get)]
    published: Option<String>,
    #[pyo3(get)]
    section: Option<String>,
    #[pyo3(get)]
    lead: Option<String>,
    #[pyo3(get)]
    headings: Vec<String>,
    #[pyo3(get)]
    body: String,
    #[pyo3(get)]
    language: String,
    #[pyo3(get)]
    blocks: Vec<PyBlock>,
}

impl PyArticle {
    /// The text the article was parsed from.
    pub fn source(&self) -> &str {
        &self.text
    }

    /// The core article again, for the claim rules. The article's own blocks are kept
    /// (a user may have built or edited it); `lang` overrides its language.
    pub fn to_core(&self, py: Python<'_>, lang: Option<crate::Lang>) -> PyResult<crate::Article> {
        let language = match lang {
            Some(l) => l,
            None => self
                .language
                .parse::<crate::Lang>()
                .map_err(|e| super::errors::package_error(py, "LanguageError", e.to_string()))?,
        };
        let mut to_bytes = crate::text::CharToByte::new(&self.text);
        let mut blocks = Vec::with_capacity(self.blocks.len());
        for b in &self.blocks {
            let kind = crate::BlockKind::from_name(&b.kind)
                .ok_or_else(|| PyValueError::new_err(format!("unknown block kind {:?}", b.kind)))?;
            let range = (b.start <= b.end)
                .then(|| Some((to_bytes.byte_at(b.start)?, to_bytes.byte_at(b.end)?)))
                .flatten();
            let (byte_start, byte_end) = range
                .filter(|&(s, e)| self.text[s..e] == b.text)
                .ok_or_else(|| {
                    PyValueError::new_err(format!(
                        "block {:?} does not index the article's text",
                        b.text
                    ))
                })?;
            blocks.push(crate::Block {
                kind,
                text: b.text.clone(),
                start: b.start,
                end: b.end,
                byte_start,
                byte_end,
                reason: b.reason.clone(),
            });
        }
        Ok(crate::Article {
            title: self.title.clone(),
            authors: self.authors.clone(),
            published: self.published.clone(),
            section: self.section.clone(),
            lead: self.lead.clone(),
            headings: self.headings.clone(),
            body: self.body.clone(),
            language,
            blocks,
        })
    }

    pub(super) fn from_core(text: &str, a: &Article) -> Self {
        PyArticle {
            text: text.to_owned(),
            title: a.title.clone(),
            authors: a.authors.clone(),
            published: a.published.clone(),
            section: a.section.clone(),
            lead: a.lead.clone(),
            headings: a.headings.clone(),
            body: a.body.clone(),
            language: a.language.code().to_owned(),
            blocks: a.blocks.iter().map(PyBlock::from).collect(),
        }
    }
}

#[pymethods]
impl PyArticle {
    #[new]
    #[pyo3(signature = (text, title, authors, published, section, lead, headings, body, language, blocks))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        text: String,
        title: Option<String>,
        authors: Vec<String>,
        published: Option<String>,
        section: Option<String>,
        lead: Option<String>,
        headings: Vec<String>,
        body: String,
        language: String,
        blocks: Vec<PyBlock>,
    ) -> Self {
        PyArticle {
            text,
            title,
            authors,
            published,
            section,
            lead,
            headings,
            body,
            language,
            blocks,
        }
    }

    /// The boilerplate blocks, each with its `reason`.
    #[getter]
    fn removed(&self) -> Vec<PyBlock> {
        self.blocks
            .iter()
            .filter(|b| b.kind == "boilerplate")
            .cloned()
            .collect()
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("title", &self.title)?;
        d.set_item("authors", &self.authors)?;
        d.set_item("published", &self.published)?;
        d.set_item("section", &self.section)?;
        d.set_item("lead", &self.lead)?;
        d.set_item("headings", &self.headings)?;
        d.set_item("body", &self.body)?;
        d.set_item("language", &self.language)?;
        let blocks = self
            .blocks
            .iter()
            .map(|b| b.to_dict(py))
            .collect::<PyResult<Vec<_>>>()?;
        d.set_item("blocks", blocks)?;
        let removed = self
            .blocks
            .iter()
            .filter(|b| b.kind == "boilerplate")
            .map(|b| b.to_dict(py))
            .collect::<PyResult<Vec<_>>>()?;
        d.set_item("removed", removed)?;
        Ok(d)
    }

    /// The highlighted view in a notebook (`newsclaims.render`).
    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
        slf.py()
            .import("newsclaims._render")?
            .getattr("render")?
            .call1((slf,))?
            .extract()
    }

    fn __repr__(&self) -> String {
        format!(
            "Article(title={}, authors={:?}, published={}, section={}, language={:?}, blocks={}, removed={})",
            repr_opt(self.title.as_deref().map(preview).as_deref()),
            self.authors,
            repr_opt(self.published.as_deref()),
            repr_opt(self.section.as_deref()),
            self.language,
            self.blocks.len(),
            self.blocks.iter().filter(|b| b.kind == "boilerplate").count()
        )
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let a = slf.get().clone();
        let py = slf.py();
        let args = (
            a.text,
            a.title,
            a.authors,
            a.published,
            a.section,
            a.lead,
            a.headings,
            a.body,
            a.language,
            a.blocks,
        )
            .into_pyobject(py)?;
        Ok((slf.get_type().into_any(), args))
    }
}

/// `None` or the quoted string, for reprs.
fn repr_opt(s: Option<&str>) -> String {
    s.map_or_else(|| "None".to_owned(), |s| format!("{s:?}"))
}

/// First characters of a long text, for reprs.
pub fn preview(text: &str) -> String {
    const MAX: usize = 60;
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// Parses a scraped plain-text article into its parts.
#[pyfunction]
#[pyo3(signature = (text, *, lang=None))]
pub fn parse_article(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    lang: Option<&str>,
) -> PyResult<PyArticle> {
    let lang = lang_arg(py, lang)?;
    let source = text_arg("parse_article", text)?;
    let article = py.detach(|| crate::parse_article(source, lang));
    Ok(PyArticle::from_core(source, &article))
}

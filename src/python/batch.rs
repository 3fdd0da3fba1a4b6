//! The batch entry points: many texts on all cores, the GIL released while the workers
//! run. The calling thread waits for them, waking a few times a second to report
//! progress (one Python call per wake-up, not one per article) and to notice Ctrl-C,
//! which cancels the batch.

use std::sync::{mpsc, Arc};
use std::time::Duration;

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString, PyTuple};
use rayon::prelude::*;

use super::article::PyArticle;
use super::claims::PyClaim;
use super::errors::{is_missing, lang_arg, package_error};
use crate::batch::{self, Control, Job, Output};
use crate::columns::{self, Bitmap, Column, Table};

/// How often the waiting thread wakes to report progress and check for Ctrl-C.
const POLL: Duration = Duration::from_millis(100);

/// The texts of a batch (a missing value gives `None`), or a `TypeError` naming the
/// index and type of the first element that is neither.
fn batch_texts<'py>(items: &Bound<'py, PyAny>) -> PyResult<Vec<Option<Bound<'py, PyString>>>> {
    let mut texts = Vec::new();
    for (i, item) in items.try_iter()?.enumerate() {
        let item = item?;
        if is_missing(&item) {
            texts.push(None);
            continue;
        }
        let Ok(s) = item.cast::<PyString>() else {
            let type_name = item
                .get_type()
                .name()
                .map_or_else(|_| "?".to_owned(), |n| n.to_string());
            return Err(PyTypeError::new_err(format!(
                "element {i} of the batch is {type_name}, not str (missing values may be None or NaN)"
            )));
        };
        texts.push(Some(s.clone()));
    }
    Ok(texts)
}

/// Borrows the text of each string, or a `ParseError` naming the element that is not
/// valid Unicode.
fn borrow_texts<'a>(
    py: Python<'_>,
    texts: &'a [Option<Bound<'_, PyString>>],
) -> PyResult<Vec<Option<&'a str>>> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            t.as_ref()
                .map(|s| {
                    s.to_str().map_err(|err| {
                        package_error(
                            py,
                            "ParseError",
                            format!("element {i} of the batch is not valid Unicode ({err})"),
                        )
                    })
                })
                .transpose()
        })
        .collect()
}

/// Runs the batch with the GIL released, calling `progress(done)` as texts finish.
fn run(
    py: Python<'_>,
    texts: &[Option<&str>],
    job: Job,
    n_jobs: Option<i64>,
    progress: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<Option<Output>>> {
    let pool = pool(n_jobs)?;
    let control = Control::default();
    let progress: Option<Py<PyAny>> = progress.map(|p| p.clone().unbind());
    let mut failure: Option<PyErr> = None;
    let outputs = py.detach(|| {
        std::thread::scope(|scope| {
            let (done_tx, done_rx) = mpsc::channel();
            let (pool, control) = (&pool, &control);
            let worker = scope.spawn(move || {
                let _ = done_tx.send(batch::run(texts, job, pool, control));
            });
            let mut reported = 0;
            loop {
                match done_rx.recv_timeout(POLL) {
                    Ok(outputs) => return Ok(outputs),
                    // The worker panicked (the sender dropped): join it here, so that
                    // its message becomes an exception rather than a panic of the scope.
                    Err(mpsc::RecvTimeoutError::Disconnected) => {
                        return Err(worker.join().err().map_or_else(
                            || "no result".to_owned(),
                            |payload| panic_message(payload.as_ref()),
                        ));
                    }
                    Err(mpsc::RecvTimeoutError::Timeout) => {}
                }
                if failure.is_some() {
                    continue; // cancelled: wait for the workers to stop
                }
                Python::attach(|py| {
                    let step = py.check_signals().and_then(|()| {
                        let done = control.done();
                        match &progress {
                            Some(callback) if done != reported => {
                                reported = done;
                                callback.call1(py, (done,)).map(drop)
                            }
                            _ => Ok(()),
                        }
                    });
                    if let Err(err) = step {
                        control.cancel();
                        failure = Some(err);
                    }
                });
            }
        })
    });
    if let Some(err) = failure {
        return Err(err);
    }
    let outputs = outputs.map_err(|message| {
        PyRuntimeError::new_err(format!(
            "newsclaims: a batch worker failed ({message}); please report the input"
        ))
    })?;
    if let Some(callback) = progress {
        callback.call1(py, (texts.len(),))?;
    }
    Ok(outputs)
}

/// The worker pool for `n_jobs` (joblib's convention: `None` or -1 for all cores).
fn pool(n_jobs: Option<i64>) -> PyResult<Arc<rayon::ThreadPool>> {
    let threads = match n_jobs {
        None | Some(-1) => None,
        Some(n) if n >= 1 => Some(usize::try_from(n).unwrap_or(usize::MAX)),
        Some(_) => {
            return Err(PyValueError::new_err(
                "n_jobs must be at least 1, or -1 / None for one thread per core",
            ))
        }
    };
    batch::pool(threads)
        .map_err(|e| PyRuntimeError::new_err(format!("cannot start worker threads: {e}")))
}

/// The text of a panic's payload.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_owned())
}

/// Common arguments of the batch functions, read once.
fn prepare(py: Python<'_>, lang: Option<&str>, claims: bool) -> PyResult<Job> {
    let lang = lang_arg(py, lang)?;
    if let (true, Some(l)) = (claims, lang) {
        // Asked for by name, a language without claim rules is an error, as for one
        // text; detected, it gives no claims for that article and the batch goes on.
        if crate::lexicon::claim_lexicon(l).is_none() {
            return Err(package_error(
                py,
                "LanguageError",
                crate::Error::NoClaimRules(l).to_string(),
            ));
        }
    }
    Ok(Job { lang, claims })
}

/// Articles and claims of many texts, as objects: a list of `(Article, claims)`; claims
/// are `None` when not asked for or when the article's language has no claim rules.
#[pyfunction]
#[pyo3(signature = (texts, *, lang=None, claims=true, n_jobs=None, progress=None))]
pub fn run_batch(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    lang: Option<&str>,
    claims: bool,
    n_jobs: Option<i64>,
    progress: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<(PyArticle, Option<Vec<PyClaim>>)>> {
    let job = prepare(py, lang, claims)?;
    let owned = batch_texts(texts)?;
    let texts = borrow_texts(py, &owned)?;
    let outputs = run(py, &texts, job, n_jobs, progress)?;
    // A missing text reads as an empty one: an empty article, no claims.
    let empty = batch::run_one(Some(""), job).expect("a text was given");
    // The objects' Rust halves are built on the workers too; only wrapping them into
    // Python objects needs the GIL, and that is all the calling thread does serially.
    let pool = pool(n_jobs)?;
    Ok(py.detach(|| {
        pool.install(|| {
            outputs
                .into_par_iter()
                .zip(texts.par_iter())
                .map(|(out, text)| {
                    let out = out.unwrap_or_else(|| empty.clone());
                    let article = PyArticle::from_core(text.unwrap_or(""), &out.article);
                    let claims = out
                        .claims
                        .map(|cs| cs.into_iter().map(PyClaim::from).collect());
                    (article, claims)
                })
                .collect()
        })
    }))
}

/// The same batch as table columns: `(claims_columns, articles_columns)`, each `None`
/// unless asked for, else `(rows, [(name, kind, buffers...)])` in the Arrow layout
/// (see `newsclaims._tables`).
#[pyfunction]
#[pyo3(signature = (texts, *, lang=None, claims=true, articles=true, n_jobs=None, progress=None))]
#[allow(clippy::too_many_arguments, clippy::type_complexity)]
pub fn run_batch_columns<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    lang: Option<&str>,
    claims: bool,
    articles: bool,
    n_jobs: Option<i64>,
    progress: Option<&Bound<'py, PyAny>>,
) -> PyResult<(Option<PyTable<'py>>, Option<PyTable<'py>>)> {
    let job = prepare(py, lang, claims)?;
    let owned = batch_texts(texts)?;
    let texts = borrow_texts(py, &owned)?;
    let outputs = run(py, &texts, job, n_jobs, progress)?;
    let (claims_table, articles_table) = py.detach(|| {
        (
            claims.then(|| columns::claims_table(&outputs)),
            articles.then(|| columns::articles_table(&outputs, claims)),
        )
    });
    Ok((
        claims_table.map(|t| to_python(py, &t)).transpose()?,
        articles_table.map(|t| to_python(py, &t)).transpose()?,
    ))
}

/// A table for Python: its row count and, per column, its name, kind and buffers.
type PyTable<'py> = (
    usize,
    Vec<(&'static str, &'static str, Vec<Bound<'py, PyAny>>)>,
);

fn to_python<'py>(py: Python<'py>, table: &Table) -> PyResult<PyTable<'py>> {
    let bytes = |b: &[u8]| PyBytes::new(py, b).into_any();
    let ints = |v: &[i64]| {
        PyBytes::new(
            py,
            &v.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>(),
        )
        .into_any()
    };
    // A validity bitmap without a zero bit is left out (`None`), as Arrow allows.
    let validity = |b: &Bitmap| {
        if b.zeros == 0 {
            py.None().into_bound(py)
        } else {
            bytes(&b.bytes)
        }
    };
    let mut columns = Vec::with_capacity(table.columns.len());
    for (name, column) in &table.columns {
        columns.push(match column {
            Column::Int64(c) => (*name, "int64", vec![ints(&c.values), validity(&c.validity)]),
            Column::Utf8(c) => (
                *name,
                "utf8",
                vec![ints(&c.offsets), bytes(&c.data), validity(&c.validity)],
            ),
            Column::Bool(b) => (*name, "bool", vec![bytes(&b.bytes)]),
            Column::List(c) => (
                *name,
                "list",
                vec![
                    ints(&c.offsets),
                    ints(&c.items.offsets),
                    bytes(&c.items.data),
                ],
            ),
            Column::Codes(c) => {
                let codes: Vec<u8> = c.codes.iter().map(|&x| x.to_le_bytes()[0]).collect();
                let categories = PyTuple::new(py, &c.categories)?.into_any();
                (
                    *name,
                    "codes",
                    vec![bytes(&codes), validity(&c.validity), categories],
                )
            }
        });
    }
    Ok((table.rows, columns))
}

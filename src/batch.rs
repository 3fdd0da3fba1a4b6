//! Many articles at once, on all cores.
//!
//! Each article is independent, so the batch is a parallel map (rayon) whose results
//! come back in input order. Workers count finished articles in an atomic counter that
//! a caller may read for a progress bar, and stop taking new articles once a cancel
//! flag is raised (a Ctrl-C in a notebook should not wait for a million articles).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use rayon::prelude::*;

use crate::{extract_claims_from, parse_article, Article, Claim, Lang};

/// What to read of each article of a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Job {
    /// Forces the language; `None` detects it per article.
    pub lang: Option<Lang>,
    /// Extract claims too (the article is always parsed: claims are read from it).
    pub claims: bool,
}

/// The results for one article of a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// The parsed article.
    pub article: Article,
    /// Its claims: `None` when they were not asked for, or when the article's language
    /// has no claim rules (the batch goes on; one English article among Italian ones
    /// must not stop a million-row run).
    pub claims: Option<Vec<Claim>>,
}

/// Progress and cancellation shared between a batch's workers and its caller.
#[derive(Debug, Default)]
pub struct Control {
    done: AtomicUsize,
    cancelled: AtomicBool,
}

impl Control {
    /// Texts finished so far (missing ones included), for a progress bar.
    pub fn done(&self) -> usize {
        self.done.load(Ordering::Relaxed)
    }

    /// Asks the workers to stop taking new articles.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    /// Whether [`Control::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
}

/// Reads one article (a missing one, `None`, gives `None`).
pub fn run_one(text: Option<&str>, job: Job) -> Option<Output> {
    let text = text?;
    let article = parse_article(text, job.lang);
    // The only error is a language without claim rules: no claims for this article.
    let claims = job
        .claims
        .then(|| extract_claims_from(text, &article).ok())
        .flatten();
    Some(Output { article, claims })
}

/// Reads every article of `texts` on `pool`, results in input order. Missing texts
/// (`None`) give `None`; so do the articles not started when `control` was cancelled.
pub fn run<T: AsRef<str> + Sync>(
    texts: &[Option<T>],
    job: Job,
    pool: &rayon::ThreadPool,
    control: &Control,
) -> Vec<Option<Output>> {
    pool.install(|| {
        texts
            .par_iter()
            .map(|text| {
                if control.is_cancelled() {
                    return None;
                }
                let out = run_one(text.as_ref().map(AsRef::as_ref), job);
                control.done.fetch_add(1, Ordering::Relaxed);
                out
            })
            .collect()
    })
}

/// A thread pool of `threads` workers (`None`: one per core), built once per size and
/// kept, so that a stream of small batches does not start threads each time. A process
/// forked after a batch inherits the table but not its threads: it starts afresh (the
/// parent's pools are forgotten, not dropped, since their threads are not there to join).
pub fn pool(threads: Option<usize>) -> Result<Arc<rayon::ThreadPool>, rayon::ThreadPoolBuildError> {
    type Pools = (u32, HashMap<usize, Arc<rayon::ThreadPool>>);
    static POOLS: OnceLock<Mutex<Pools>> = OnceLock::new();
    let threads = threads.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let mut guard = POOLS
        .get_or_init(|| Mutex::new((std::process::id(), HashMap::new())))
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let (owner, pools) = &mut *guard;
    if *owner != std::process::id() {
        std::mem::forget(std::mem::take(pools));
        *owner = std::process::id();
    }
    if let Some(pool) = pools.get(&threads) {
        return Ok(Arc::clone(pool));
    }
    let pool = Arc::new(
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("newsclaims-{i}"))
            .build()?,
    );
    pools.insert(threads, Arc::clone(&pool));
    Ok(pool)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_order_with_gaps_for_missing_texts() {
        let texts = [
            Some("Titolo uno\n\nMario Rossi ha detto: «Sì, è pronta»."),
            None,
            Some("Titolo due\n\nLa riforma è stata approvata ieri sera dal governo."),
        ];
        let job = Job {
            lang: Some(Lang::It),
            claims: true,
        };
        let control = Control::default();
        let out = run(&texts, job, &pool(Some(2)).expect("pool"), &control);
        assert_eq!(out.len(), 3);
        assert_eq!(out[0], run_one(texts[0], job));
        assert!(out[1].is_none());
        assert_eq!(
            out[2].as_ref().map(|o| o.claims.as_ref().map(Vec::len)),
            Some(Some(0))
        );
        assert_eq!(control.done(), 3, "missing texts count as done");
    }

    #[test]
    fn a_language_without_claim_rules_gives_no_claims_not_an_error() {
        let job = Job {
            lang: Some(Lang::En),
            claims: true,
        };
        let out = run_one(Some("The minister said the reform is ready."), job).expect("text");
        assert!(out.claims.is_none());
    }

    #[test]
    fn a_cancelled_batch_starts_nothing_more() {
        let texts = vec![Some("Mario Rossi ha detto: «Sì»."); 100];
        let control = Control::default();
        control.cancel();
        let job = Job {
            lang: None,
            claims: true,
        };
        let out = run(&texts, job, &pool(Some(1)).expect("pool"), &control);
        assert!(out.iter().all(Option::is_none));
        assert_eq!(control.done(), 0);
    }

    #[test]
    fn pools_are_kept_per_size() {
        let a = pool(Some(3)).expect("pool");
        let b = pool(Some(3)).expect("pool");
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(a.current_num_threads(), 3);
    }
}

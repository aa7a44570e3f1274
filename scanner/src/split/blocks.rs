//! One large local file scanned by several threads at once, with the findings, line and row
//! numbers of a scan by one thread.
//!
//! The file is cut into blocks of about [`Split::block_bytes`], each cut at a line start.
//! Block 0 is scanned by an ordinary session; every other block by a session *resumed* at its
//! first byte (see `Scanner::resume`): it sees the bytes just before the block as look-back
//! context, counts lines from 1, and takes its CSV/JSON structure from a copy of the state at
//! the first record start of the file (same header, same format). That guess is right when
//! the cut falls between records, which the session ending at the cut checks (`Session::cut`):
//! its structure is at a record start too, and no match it judged reaches past the cut. The
//! resumed session checks the other side: no match it judged starts before its first byte.
//!
//! When both hold, the two sessions saw exactly what one session would have seen, and their
//! findings are simply concatenated (line and row numbers shifted by what the earlier blocks
//! counted). When either fails (a quoted cell with line breaks across the cut, a private key
//! spanning it), the session ending at the cut goes on through the next block itself, as one
//! session would have, and the speculative result of that block is dropped. So the findings
//! are always those of a scan by one thread; splitting only decides how fast they come.
//!
//! The calling thread emits blocks in order while the workers scan ahead, at most
//! `threads + 1` blocks ahead, so memory stays bounded whatever the file's size.

use super::{Split, SplitWorkers};
use crate::finding::Finding;
use crate::session::{Cut, Outcome, Session};
use crate::structure::{sniff, Tracker, SNIFF_LEN};
use crate::text::TextOutcome;
use crate::Scanner;
use std::collections::{HashMap, VecDeque};
use std::fs::File;
use std::io;
use std::ops::ControlFlow;
use std::os::unix::fs::FileExt;
use std::panic::AssertUnwindSafe;
use std::sync::{Condvar, Mutex};

/// Bytes read per `pread` while feeding a block.
const READ_BYTES: usize = 256 << 10;
/// How far past a block's nominal start its first line start is looked for; a block without
/// one joins the block before it.
const MAX_LINE_SEARCH: u64 = 64 << 10;

/// Scans `file` (of `len` bytes) in blocks on `split.threads` threads, handing the findings to
/// `emit` in order. `None` when the file is not worth splitting or cannot be split safely
/// (fewer than two blocks; structure with no record start in its first bytes, such as one
/// large JSON document; identifiers with occurrence thresholds, whose severities depend on
/// every earlier finding, or a `stop_at` severity, which ends one session's scan at a round
/// boundary); nothing has been emitted then, and the caller scans it in one session.
pub(crate) fn scan_in_blocks(
    scanner: &Scanner,
    file: &File,
    len: u64,
    split: Split,
    workers: Option<&SplitWorkers>,
    emit: &mut dyn FnMut(Vec<Finding>) -> ControlFlow<()>,
) -> Option<TextOutcome> {
    if split.threads < 2 || split.block_bytes == 0 || len < 2 * split.block_bytes {
        return None;
    }
    if scanner.depends_on_history() {
        return None;
    }
    let mut head = vec![0; SNIFF_LEN.min(len as usize)];
    read_exact_at(file, &mut head, 0).ok()?;
    let template = match sniff(&head) {
        None => None,
        Some(structure) => Some(first_record_start(Tracker::new(structure), &head)?),
    };
    let cuts = cuts(file, len, split.block_bytes, scanner.max_match_len()).ok()?;
    if cuts.len() < 3 {
        return None;
    }
    let threads = match workers {
        None => split.threads,
        Some(workers) => match workers.reserve(split.threads) {
            0 => return None,
            n => n,
        },
    };
    // Given back however the scan ends.
    struct Reserved<'w>(Option<&'w SplitWorkers>, usize);
    impl Drop for Reserved<'_> {
        fn drop(&mut self) {
            if let Some(workers) = self.0 {
                workers.release(self.1);
            }
        }
    }
    let _reserved = Reserved(workers, threads);
    let plan = Plan {
        scanner,
        file,
        cuts,
        template,
        window: threads + 1,
    };
    Some(plan.run(threads, emit))
}

/// The tracker at the first record start of `head` (past a header), if any.
fn first_record_start(mut tracker: Tracker, head: &[u8]) -> Option<Tracker> {
    let mut from = 0;
    for end in memchr::memchr_iter(b'\n', head) {
        tracker.consume(&head[from..=end]);
        from = end + 1;
        if tracker.at_record_start() {
            return Some(tracker);
        }
    }
    None
}

/// Block starts: 0, then the first line start at or after each multiple of `block` (none
/// within `MAX_LINE_SEARCH`: no cut there), at least `min_gap` after the previous cut, then
/// `len`.
///
/// `min_gap` is the longest match: a session resumed at a cut and accepted there (nothing it
/// judged started before the cut) may go on through the next block, and no candidate past the
/// next cut can have a match starting before this one.
fn cuts(file: &File, len: u64, block: u64, min_gap: u64) -> io::Result<Vec<u64>> {
    let mut cuts = vec![0];
    let mut probe = vec![0; 4096];
    let mut nominal = block;
    while nominal < len {
        // A cut found past this one's search (a long line) moves the next search on.
        let last = *cuts.last().unwrap_or(&0);
        nominal = nominal.max(last + min_gap);
        let mut at = nominal;
        let limit = (nominal + MAX_LINE_SEARCH).min(len);
        while at < limit {
            let want = probe.len().min((limit - at) as usize);
            let n = file.read_at(&mut probe[..want], at)?;
            if n == 0 {
                break;
            }
            if let Some(p) = memchr::memchr(b'\n', &probe[..n]) {
                let cut = at + p as u64 + 1;
                if cut < len && cut > last {
                    cuts.push(cut);
                }
                break;
            }
            at += n as u64;
        }
        nominal += block;
    }
    cuts.push(len);
    Ok(cuts)
}

fn read_exact_at(file: &File, mut buf: &mut [u8], mut at: u64) -> io::Result<()> {
    while !buf.is_empty() {
        match file.read_at(buf, at) {
            Ok(0) => return Err(io::ErrorKind::UnexpectedEof.into()),
            Ok(n) => {
                buf = &mut buf[n..];
                at += n as u64;
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// A block's result.
struct Block {
    /// Findings settled in the block, in order, numbered from the session's own start.
    findings: Vec<Finding>,
    /// The lowest start of a match the session judged (see `Session::earliest_match`).
    earliest_match: u64,
    end: End,
}

enum End {
    /// The session stopped at the next block's start; it can finish there or go on.
    Cut(Box<Session>, Cut),
    /// The content ended (or the session stopped, or a read failed) in this block.
    Finished(Outcome, Option<io::Error>),
}

/// Work for a thread: a block scanned by a session resumed at its start (speculative), or
/// the session that ended at the block's start going on through it.
enum Task {
    Fresh(usize),
    Continue(usize, Box<Session>),
}

#[derive(Default)]
struct State {
    /// The next block no thread has taken speculatively.
    next_fresh: usize,
    continues: VecDeque<(usize, Box<Session>)>,
    /// Results by block and whether speculative.
    results: HashMap<(usize, bool), Block>,
    /// The block being emitted: speculative work stays within `window` blocks of it.
    emitting: usize,
    done: bool,
}

struct Plan<'a> {
    scanner: &'a Scanner,
    file: &'a File,
    /// Block `k` is `cuts[k]..cuts[k + 1]`.
    cuts: Vec<u64>,
    /// The structure at a record start, for the resumed sessions (`None`: plain text).
    template: Option<Tracker>,
    window: usize,
}

impl Plan<'_> {
    fn blocks(&self) -> usize {
        self.cuts.len() - 1
    }

    fn run(
        &self,
        threads: usize,
        emit: &mut dyn FnMut(Vec<Finding>) -> ControlFlow<()>,
    ) -> TextOutcome {
        let state = Mutex::new(State::default());
        let work = Condvar::new();
        let ready = Condvar::new();
        std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(|| self.work(&state, &work, &ready));
            }
            // Whatever happens while emitting, the workers are told to stop.
            struct Stop<'s>(&'s Mutex<State>, &'s Condvar);
            impl Drop for Stop<'_> {
                fn drop(&mut self) {
                    // Poisoned or not: workers left waiting would hang the scope.
                    self.0.lock().unwrap_or_else(|e| e.into_inner()).done = true;
                    self.1.notify_all();
                }
            }
            let _stop = Stop(&state, &work);
            self.emit(&state, &work, &ready, emit)
        })
    }

    /// The calling thread: blocks in order, each checked against the one before it.
    fn emit(
        &self,
        state: &Mutex<State>,
        work: &Condvar,
        ready: &Condvar,
        emit: &mut dyn FnMut(Vec<Finding>) -> ControlFlow<()>,
    ) -> TextOutcome {
        let template_records = self.template.as_ref().map_or(0, Tracker::records);
        let mut outcome = TextOutcome::default();
        let absorb = |outcome: &mut TextOutcome, finished: &Outcome| {
            for (id, n) in &finished.counts {
                *outcome.counts.entry(id.clone()).or_default() += n;
            }
            outcome.severity = outcome.severity.max(finished.severity);
        };
        // Added to the line and record numbers of the current session's findings.
        let (mut line_offset, mut record_offset) = (0u64, 0u64);
        let mut k = 0;
        let mut block = self.wait(state, work, ready, k, true);
        // The caller's sink asked to stop: what was reported so far is what counts.
        let halt = |mut outcome: TextOutcome, at: u64| {
            outcome.bytes = at;
            outcome.halted = true;
            outcome
        };
        loop {
            if emit(shifted(block.findings, line_offset, record_offset)).is_break() {
                return halt(outcome, self.cuts[k]);
            }
            let (session, cut) = match block.end {
                End::Finished(mut finished, error) => {
                    let findings = std::mem::take(&mut finished.findings);
                    if emit(shifted(findings, line_offset, record_offset)).is_break() {
                        return halt(outcome, self.cuts[k]);
                    }
                    absorb(&mut outcome, &finished);
                    outcome.bytes = finished.bytes;
                    outcome.stopped = finished.stopped;
                    outcome.error = error;
                    return outcome;
                }
                End::Cut(session, cut) => (session, cut),
            };
            let next_start = self.cuts[k + 1];
            if cut.clean {
                let next = self.wait(state, work, ready, k + 1, true);
                if next.earliest_match >= next_start {
                    let mut finished = session.finish_cut();
                    let findings = std::mem::take(&mut finished.findings);
                    if emit(shifted(findings, line_offset, record_offset)).is_break() {
                        return halt(outcome, self.cuts[k]);
                    }
                    absorb(&mut outcome, &finished);
                    line_offset += cut.line - 1;
                    record_offset = record_offset + cut.records - template_records;
                    k += 1;
                    block = next;
                    continue;
                }
            }
            // One session would have read on: this one does.
            {
                let mut state = state.lock().unwrap_or_else(|e| e.into_inner());
                state.results.remove(&(k + 1, true));
                state.next_fresh = state.next_fresh.max(k + 2);
                state.continues.push_back((k + 1, session));
            }
            work.notify_all();
            k += 1;
            block = self.wait(state, work, ready, k, false);
        }
    }

    /// Waits for block `k`'s result (speculative or continued) and lets the workers move
    /// their window on.
    fn wait(
        &self,
        state: &Mutex<State>,
        work: &Condvar,
        ready: &Condvar,
        k: usize,
        fresh: bool,
    ) -> Block {
        let mut guard = state.lock().unwrap_or_else(|e| e.into_inner());
        if guard.emitting != k {
            guard.emitting = k;
            // Results behind the emitter are never asked for again.
            guard.results.retain(|&(block, _), _| block >= k);
            work.notify_all();
        }
        loop {
            if let Some(block) = guard.results.remove(&(k, fresh)) {
                return block;
            }
            guard = ready.wait(guard).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// A worker thread: continued sessions first (the emitter waits for them), then the next
    /// block within the window.
    fn work(&self, state: &Mutex<State>, work: &Condvar, ready: &Condvar) {
        loop {
            let task = {
                let mut guard = state.lock().unwrap_or_else(|e| e.into_inner());
                loop {
                    if guard.done {
                        return;
                    }
                    if let Some((k, session)) = guard.continues.pop_front() {
                        break Task::Continue(k, session);
                    }
                    let k = guard.next_fresh;
                    if k < self.blocks() && k <= guard.emitting + self.window {
                        guard.next_fresh += 1;
                        break Task::Fresh(k);
                    }
                    guard = work.wait(guard).unwrap_or_else(|e| e.into_inner());
                }
            };
            let key = match &task {
                Task::Fresh(k) => (*k, true),
                Task::Continue(k, _) => (*k, false),
            };
            let scanned = std::panic::catch_unwind(AssertUnwindSafe(|| match task {
                Task::Fresh(k) => self.fresh(k),
                Task::Continue(k, session) => self.scan_block(k, session),
            }));
            // A bug must not leave the emitter waiting for this block forever: it gets a
            // failed block, and the object is reported PARTIAL, scanned up to the block.
            let block = scanned.unwrap_or_else(|_| {
                let mut outcome = self.scanner.session().finish();
                outcome.bytes = self.cuts[key.0];
                Block {
                    findings: Vec::new(),
                    earliest_match: 0,
                    end: End::Finished(
                        outcome,
                        Some(io::Error::other("internal error: a scanning thread failed")),
                    ),
                }
            });
            state
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .results
                .insert(key, block);
            ready.notify_all();
            // The window may have moved while this block was scanned.
            work.notify_all();
        }
    }

    /// Block `k` scanned by a session of its own.
    fn fresh(&self, k: usize) -> Block {
        let start = self.cuts[k];
        if k == 0 {
            return self.scan_block(0, Box::new(self.scanner.session()));
        }
        let probe = self.scanner.session();
        let from = start.saturating_sub(probe.lookbehind());
        let mut prefix = vec![0; (start - from) as usize];
        if let Err(e) = read_exact_at(self.file, &mut prefix, from) {
            return Block {
                findings: Vec::new(),
                earliest_match: 0,
                end: End::Finished(probe.finish(), Some(e)),
            };
        }
        drop(probe);
        let tracker = self.template.as_ref().map(|t| t.resume_at(start));
        let session = self.scanner.resume(start, &prefix, tracker);
        self.scan_block(k, Box::new(session))
    }

    /// Feeds `session` the rest of block `k` and what its last candidates may look at, then
    /// stops it at the next block's start (or finishes it at the end of the file).
    fn scan_block(&self, k: usize, mut session: Box<Session>) -> Block {
        let last = k + 1 == self.blocks();
        let len = self.cuts[self.blocks()];
        let next = self.cuts[k + 1];
        // Block 0's session sniffs the structure from the same head as the template did,
        // however short the block.
        let until = if last {
            len
        } else {
            (next + session.lookahead()).max(SNIFF_LEN as u64).min(len)
        };
        let mut findings = Vec::new();
        let mut buf = vec![0; READ_BYTES];
        let mut error = None;
        let mut ended = false;
        let mut at = session.bytes();
        while at < until && !session.is_stopped() {
            let want = READ_BYTES.min((until - at) as usize);
            match self.file.read_at(&mut buf[..want], at) {
                Ok(0) => {
                    // The file shrank: it ends here, as it would for one session.
                    ended = true;
                    break;
                }
                Ok(n) => {
                    session.feed(&buf[..n]);
                    at += n as u64;
                    if !session.findings().is_empty() {
                        take_into(&mut findings, &mut session);
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    error = Some(e);
                    break;
                }
            }
        }
        if last || ended || error.is_some() || session.is_stopped() {
            let (outcome, earliest_match) = session.finish_judged();
            return Block {
                findings,
                earliest_match,
                end: End::Finished(outcome, error),
            };
        }
        let cut = session.cut(next, self.template.as_ref());
        take_into(&mut findings, &mut session);
        Block {
            findings,
            earliest_match: session.earliest_match(),
            end: End::Cut(session, cut),
        }
    }
}

/// Moves the session's settled findings to the end of `findings` (without copying them when
/// `findings` is still empty, the usual case: a block is smaller than a read).
fn take_into(findings: &mut Vec<Finding>, session: &mut Session) {
    if findings.is_empty() {
        *findings = session.take_findings();
    } else {
        findings.append(&mut session.take_findings());
    }
}

/// Findings of a session that started `line_offset` lines and `record_offset` records into
/// the content, renumbered from the content's start.
fn shifted(mut findings: Vec<Finding>, line_offset: u64, record_offset: u64) -> Vec<Finding> {
    if line_offset > 0 || record_offset > 0 {
        for f in &mut findings {
            f.line += line_offset;
            if let Some(location) = &mut f.location {
                if let Some(row) = &mut location.row {
                    *row += record_offset;
                }
                if let Some(index) = &mut location.record_index {
                    *index += record_offset;
                }
            }
        }
    }
    findings
}

//! A Step Functions Distributed Map's item batch (`{"Items": […], "BatchInput": {…}}`), read
//! by the same parser as `trawl scan --items` (`s3::parse_items`), and the batch's answer:
//! the state's output, which the map's ResultWriter gathers.
//!
//! `BatchInput.Results` (an `s3://` prefix) overrides the function's TRAWL_RESULTS for the
//! batch; `BatchInput.Bucket` names the bucket of items without one.

use crate::sweep::Swept;
use serde_json::{json, Value};
use trawl_scanner::s3::{items_of, ObjectInfo};
use trawl_scanner::Status;

/// At most this many objects are named in the answer's `not_complete` (a state's output is
/// limited to 256 KiB); the results file has them all.
const NAMED_NOT_COMPLETE: usize = 100;

/// Whether `event` is an item batch (or a list of items).
pub fn is_batch(event: &Value) -> bool {
    event.get("Items").is_some() || event.is_array()
}

/// The batch's objects, and its `BatchInput.Results`.
pub fn parse(event: &Value) -> Result<(Vec<ObjectInfo>, Option<String>), String> {
    let objects = items_of(event)?;
    let results = event
        .pointer("/BatchInput/Results")
        .and_then(Value::as_str)
        .map(str::to_string);
    Ok((objects, results))
}

/// The batch's output: `status` COMPLETE when every object was read in full, PARTIAL when the
/// deadline stopped it, INCOMPLETE when some object was skipped or partial for another reason.
pub fn answer(swept: &Swept) -> Value {
    let not_complete: Vec<Value> = swept
        .records
        .iter()
        .filter(|r| r.status != Status::Complete)
        .take(NAMED_NOT_COMPLETE)
        .map(|r| {
            json!({
                "source": r.source,
                "status": r.status,
                "reason": r.reason.map(trawl_scanner::Reason::name),
            })
        })
        .collect();
    let by_identifier = swept.by_identifier();
    let (complete, partial, skipped) = swept.statuses();
    let status = if swept.stopped_at_deadline {
        "PARTIAL"
    } else if not_complete.is_empty() {
        "COMPLETE"
    } else {
        "INCOMPLETE"
    };
    json!({
        "status": status,
        "objects": swept.records.len(),
        "complete": complete,
        "partial": partial,
        "skipped": skipped,
        "bytes": swept.records.iter().map(|r| r.bytes).sum::<u64>(),
        "findings": by_identifier.values().sum::<u64>(),
        "by_identifier": by_identifier,
        "results": swept.results_file,
        "not_complete": not_complete,
    })
}

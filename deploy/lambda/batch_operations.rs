//! S3 Batch Operations' "Invoke AWS Lambda function" operation: each task names one object
//! (invocation schema 1.0: `s3BucketArn`; 2.0: `s3Bucket`, and the job's `userArguments`),
//! its key URL-encoded, its version optional. Every task gets a result: its code tells S3
//! whether to retry, its string the object's status and counts.
//!
//! | the object's record | resultCode |
//! |---|---|
//! | COMPLETE; or SKIPPED / PARTIAL for what the object is (binary, archived, malformed, encrypted) or a limit set (size, archive limits): trawl's verdict, which a retry would not change | `Succeeded` |
//! | stopped at the deadline, a read error, changed while read; results not written | `TemporaryFailure` (S3 retries it) |
//! | denied, not found; a task that names no object | `PermanentFailure` |
//!
//! S3 fails a whole job once more than half of its tasks (after 1,000) have failed: a bucket
//! of images, or one whose lifecycle moved most objects to Glacier, must not fail it. The
//! `resultString` says what each object's record says, so the completion report still shows
//! every object not read in full.
//!
//! <https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html>

use crate::sweep::Swept;
use serde::Deserialize;
use serde_json::{json, Value};
use trawl_scanner::s3::{decode_key, ObjectInfo};
use trawl_scanner::{ObjectRecord, Reason, Status};

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    pub invocation_schema_version: String,
    pub invocation_id: String,
    #[serde(default)]
    pub job: Option<Job>,
    pub tasks: Vec<Task>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Job {
    /// Schema 2.0: the job's own arguments. `results` (an `s3://` prefix) overrides the
    /// function's TRAWL_RESULTS for this job.
    #[serde(default)]
    pub user_arguments: Option<Value>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Task {
    pub task_id: String,
    pub s3_key: String,
    #[serde(default)]
    pub s3_version_id: Option<String>,
    #[serde(default)]
    pub s3_bucket_arn: Option<String>,
    #[serde(default)]
    pub s3_bucket: Option<String>,
}

impl Event {
    /// The event, or why it is not one S3 Batch Operations sends.
    pub fn parse(event: Value) -> Result<Event, String> {
        let event: Event = serde_json::from_value(event)
            .map_err(|e| format!("not an S3 Batch Operations event: {e}"))?;
        if !matches!(event.invocation_schema_version.as_str(), "1.0" | "2.0") {
            return Err(format!(
                "invocationSchemaVersion {:?}: this function reads 1.0 and 2.0",
                event.invocation_schema_version
            ));
        }
        Ok(event)
    }

    /// The `results` user argument (schema 2.0), if given.
    pub fn results_argument(&self) -> Option<&str> {
        self.job
            .as_ref()?
            .user_arguments
            .as_ref()?
            .get("results")?
            .as_str()
    }

    /// Each task's object, or why the task cannot name one.
    pub fn objects(&self) -> Vec<Result<ObjectInfo, String>> {
        self.tasks.iter().map(object_of).collect()
    }
}

fn object_of(task: &Task) -> Result<ObjectInfo, String> {
    let bucket = match (&task.s3_bucket, &task.s3_bucket_arn) {
        (Some(bucket), _) if !bucket.is_empty() => bucket.clone(),
        (_, Some(arn)) => arn
            .strip_prefix("arn:")
            .and_then(|rest| rest.split_once(":s3:::"))
            .map(|(_partition, bucket)| bucket.to_string())
            .filter(|b| !b.is_empty() && !b.contains('/'))
            .ok_or_else(|| format!("s3BucketArn `{arn}` is not a bucket's ARN"))?,
        _ => return Err("the task has neither s3Bucket nor s3BucketArn".into()),
    };
    let key = decode_key(&task.s3_key).map_err(|e| format!("s3Key `{}`: {e}", task.s3_key))?;
    if key.is_empty() {
        return Err("s3Key is empty".into());
    }
    Ok(ObjectInfo {
        bucket,
        key,
        size: 0,
        etag: None,
        version_id: task
            .s3_version_id
            .clone()
            .filter(|v| !v.is_empty() && v != "null"),
        last_modified: None,
        storage_class: None,
        inventoried: false,
    })
}

/// The answer: one result per task, in the tasks' order. `objects` are the tasks' objects
/// (as [`Event::objects`] gave them); `swept` the sweep of the valid ones, in order.
pub fn answer(event: &Event, objects: &[Result<ObjectInfo, String>], swept: &Swept) -> Value {
    let mut records = swept.records.iter();
    let results: Vec<Value> = event
        .tasks
        .iter()
        .zip(objects)
        .map(|(task, object)| {
            let (code, string) = match object {
                Err(problem) => (
                    "PermanentFailure",
                    json!({"status": "SKIPPED", "reason": "INVALID_TASK", "message": problem})
                        .to_string(),
                ),
                Ok(_) => match records.next() {
                    Some(record) => task_result(record, swept),
                    None => (
                        "TemporaryFailure",
                        json!({"status": "SKIPPED", "message": "no record (a bug)"}).to_string(),
                    ),
                },
            };
            json!({"taskId": task.task_id, "resultCode": code, "resultString": string})
        })
        .collect();
    json!({
        "invocationSchemaVersion": event.invocation_schema_version,
        "treatMissingKeysAs": "PermanentFailure",
        "invocationId": event.invocation_id,
        "results": results,
    })
}

/// A task's resultCode and resultString (compact JSON: status, reason, bytes, findings per
/// identifier, the results file).
fn task_result(record: &ObjectRecord, swept: &Swept) -> (&'static str, String) {
    let mut code = result_code(record);
    let mut string = json!({
        "status": record.status,
        "bytes": record.bytes,
        "findings": record.findings,
    });
    if let Some(reason) = record.reason {
        string["reason"] = json!(reason.name());
    }
    if let Some(message) = &record.message {
        string["message"] = json!(message);
    }
    if let Some(file) = &swept.results_file {
        string["results"] = json!(file);
    }
    if let Some(error) = &swept.results_error {
        // Its findings were not kept: S3 is to try again.
        code = "TemporaryFailure";
        string["results_error"] = json!(error);
    }
    (code, string.to_string())
}

/// Whether S3 Batch Operations should count the task done, try it again, or give up on it.
fn result_code(record: &ObjectRecord) -> &'static str {
    if record.status == Status::Complete {
        return "Succeeded";
    }
    match record.reason {
        // A later attempt may read it all.
        Some(Reason::Stopped | Reason::ReadError | Reason::ObjectChangedDuringScan) | None => {
            "TemporaryFailure"
        }
        // The task cannot be carried out: the object is not there, or not this role's to read.
        Some(Reason::AccessDenied | Reason::NotFound) => "PermanentFailure",
        // What the object is, or a limit set: trawl's verdict, in the result string.
        Some(_) => "Succeeded",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json_of(event: &[u8]) -> Value {
        serde_json::from_slice(event).unwrap()
    }

    #[test]
    fn tasks_of_both_schemas_name_their_objects() {
        let v1 = br#"{"invocationSchemaVersion": "1.0", "invocationId": "i",
            "job": {"id": "j"},
            "tasks": [{"taskId": "t", "s3Key": "a+b%2Bc%C3%A9.txt", "s3VersionId": "1",
                       "s3BucketArn": "arn:aws:s3:::amzn-s3-demo-bucket1"}]}"#;
        let event = Event::parse(json_of(v1)).unwrap();
        let object = event.objects().remove(0).unwrap();
        assert_eq!(object.bucket, "amzn-s3-demo-bucket1");
        assert_eq!(object.key, "a b+cé.txt");
        assert_eq!(object.version_id.as_deref(), Some("1"));
        let v2 = br#"{"invocationSchemaVersion": "2.0", "invocationId": "i",
            "job": {"id": "j", "userArguments": {"results": "s3://r/run/"}},
            "tasks": [{"taskId": "t", "s3Bucket": "b", "s3Key": "k", "s3VersionId": null},
                      {"taskId": "u", "s3Key": "k"},
                      {"taskId": "v", "s3BucketArn": "arn:aws-cn:s3:::cn-bucket", "s3Key": "%zz"}]}"#;
        let event = Event::parse(json_of(v2)).unwrap();
        assert_eq!(event.results_argument(), Some("s3://r/run/"));
        let objects = event.objects();
        assert_eq!(objects[0].as_ref().unwrap().version_id, None);
        assert!(objects[1].as_ref().unwrap_err().contains("neither"));
        assert!(objects[2].as_ref().unwrap_err().contains("s3Key `%zz`"));
        let v3 = br#"{"invocationSchemaVersion": "3.0", "invocationId": "i", "tasks": []}"#;
        assert!(Event::parse(json_of(v3)).is_err_and(|e| e.contains("1.0 and 2.0")));
    }

    #[test]
    fn result_codes_follow_what_a_retry_could_change() {
        let record = |reason| {
            let mut record = ObjectRecord::skipped("s3://b/k".to_string(), reason, None);
            record.status = Status::Skipped;
            record
        };
        assert_eq!(result_code(&record(Reason::BinaryFile)), "Succeeded");
        assert_eq!(result_code(&record(Reason::Stopped)), "TemporaryFailure");
        assert_eq!(result_code(&record(Reason::ReadError)), "TemporaryFailure");
        assert_eq!(
            result_code(&record(Reason::AccessDenied)),
            "PermanentFailure"
        );
        assert_eq!(result_code(&record(Reason::NotFound)), "PermanentFailure");
        assert_eq!(
            result_code(&record(Reason::UnsupportedStorageClass)),
            "Succeeded"
        );
        assert_eq!(result_code(&record(Reason::EncryptedFile)), "Succeeded");
        let mut complete = record(Reason::Stopped);
        complete.status = Status::Complete;
        assert_eq!(result_code(&complete), "Succeeded");
    }
}

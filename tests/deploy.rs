//! deploy/: each file checked as far as this machine allows (no Docker engine, no cluster, no
//! AWS account): the Dockerfile by hadolint and its build script by shellcheck; the Kubernetes
//! manifests against the Kubernetes OpenAPI schemas (kubernetes-validate, strict); the AWS
//! Batch and S3 Batch Operations requests against botocore's API models; the state machine by
//! asl-validator; the identity policies by parliament. Then the commands the Kubernetes Job and
//! the Batch job definition run, and the Lambda function, are run against the in-process S3
//! server enforcing deploy/iam's policies: every request they make must be allowed (enough),
//! and every statement must be the only one allowing some request (least).

#[path = "support/inventory.rs"]
mod inventory;
#[path = "support/lambda_runtime.rs"]
mod lambda_runtime;
#[path = "support/s3_server.rs"]
mod s3_server;
mod support;

use s3_server::{AccessRequest, TestS3};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use support::iam::{self, Policy};
use support::python::venv;
use support::{jsonl, stderr, stdout, AWS_KEY_ID, GITHUB_TOKEN};

fn deploy(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("deploy")
        .join(path)
}

fn read_json(path: &str) -> Value {
    let path = deploy(path);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn run_tool(program: &Path, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("running {}: {e}", program.display()))
}

fn assert_success(out: &Output, what: &str) {
    assert!(
        out.status.success(),
        "{what}:\n{}{}",
        stdout(out),
        stderr(out)
    );
}

/// The documents of a YAML file, as JSON (PyYAML, which kubernetes-validate brings).
fn yaml_documents(path: &Path) -> Vec<Value> {
    let out = run_tool(
        &venv().python(),
        &[
            "-c",
            "import json, sys, yaml; json.dump(list(yaml.safe_load_all(open(sys.argv[1]))), sys.stdout)",
            path.to_str().unwrap(),
        ],
    );
    assert_success(&out, "reading the YAML");
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_dockerfile_lints_clean_and_its_build_stage_is_build_sh() {
    let dockerfile = deploy("Dockerfile");
    let out = run_tool(&venv().bin("hadolint"), &[dockerfile.to_str().unwrap()]);
    assert_success(&out, "hadolint deploy/Dockerfile");
    let out = run_tool(
        &venv().bin("shellcheck"),
        &[deploy("build.sh").to_str().unwrap()],
    );
    assert_success(&out, "shellcheck deploy/build.sh");

    // The stages: the build stage runs build.sh; the runtime stages copy what it installs.
    let text = std::fs::read_to_string(&dockerfile).unwrap();
    let instructions: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .collect();
    assert!(instructions.contains(&"RUN deploy/build.sh /out"));
    let copies: Vec<&str> = instructions
        .iter()
        .filter_map(|l| l.strip_prefix("COPY --from=build /out/"))
        .map(|rest| rest.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(copies, ["trawl-lambda", "trawl"]);
    let build = std::fs::read_to_string(deploy("build.sh")).unwrap();
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    for binary in copies {
        assert!(
            build.contains(&format!("--bin {binary} "))
                || build.contains(&format!("--bin {binary}\n"))
        );
        assert!(build.contains(&format!("\"$target/release/{binary}\"")));
        assert!(
            manifest.contains(&format!("name = \"{binary}\"")),
            "{binary} is a [[bin]]"
        );
    }
    assert!(build.contains("cargo build --release --locked"));
    // A non-root user given by number (Kubernetes checks runAsNonRoot only on numbers), in
    // every runtime stage.
    let users = instructions
        .iter()
        .filter(|l| **l == "USER 65532:65532")
        .count();
    let stages = instructions
        .iter()
        .filter(|l| l.starts_with("FROM "))
        .count();
    assert_eq!(users, stages - 1);
    // The build context leaves the build outputs out.
    let ignore = std::fs::read_to_string(deploy("Dockerfile.dockerignore")).unwrap();
    assert!(ignore.lines().any(|l| l == "target/"));
    // And the linters do find problems: a root image with an unpinned apt-get; a script
    // with an unquoted variable.
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("Dockerfile");
    std::fs::write(&bad, "FROM debian\nRUN apt-get install curl\n").unwrap();
    let out = run_tool(&venv().bin("hadolint"), &[bad.to_str().unwrap()]);
    assert!(!out.status.success());
    let bad = dir.path().join("bad.sh");
    std::fs::write(&bad, "#!/usr/bin/env bash\nrm -rf $1/out\n").unwrap();
    let out = run_tool(&venv().bin("shellcheck"), &[bad.to_str().unwrap()]);
    assert!(!out.status.success());
}

#[test]
fn the_kubernetes_manifests_validate_against_the_kubernetes_schemas() {
    let manifest = deploy("kubernetes/trawl-sweep.yaml");
    let validate = venv().bin("kubernetes-validate");
    // backoffLimitPerIndex: beta (on by default) from 1.29, GA in 1.33.
    for version in ["1.29.0", "1.31.0", "1.33.0"] {
        let out = run_tool(
            &validate,
            &["--strict", "-k", version, manifest.to_str().unwrap()],
        );
        assert_success(&out, &format!("kubernetes-validate against {version}"));
    }
    // Strict: a misspelt field fails.
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("job.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&bad, text.replace("completionMode:", "completionMod:")).unwrap();
    let out = run_tool(
        &validate,
        &["--strict", "-k", "1.31.0", bad.to_str().unwrap()],
    );
    assert!(!out.status.success(), "{}", stdout(&out));

    let documents = yaml_documents(&manifest);
    let kinds: Vec<&str> = documents
        .iter()
        .map(|d| d["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["Namespace", "ServiceAccount", "Job"]);
    let account = &documents[1];
    let job = &documents[2];
    assert!(
        account["metadata"]["annotations"]["eks.amazonaws.com/role-arn"]
            .as_str()
            .unwrap()
            .starts_with("arn:aws:iam::")
    );
    let spec = &job["spec"];
    assert_eq!(spec["completionMode"], "Indexed");
    let pod = &spec["template"]["spec"];
    assert_eq!(pod["serviceAccountName"], account["metadata"]["name"]);
    assert_eq!(pod["restartPolicy"], "Never");
    let args = container_args(job);
    let count = args[args.iter().position(|a| a == "--shard-count").unwrap() + 1].clone();
    assert_eq!(
        count,
        spec["completions"].to_string(),
        "--shard-count is `completions`"
    );
}

fn container_args(job: &Value) -> Vec<String> {
    job["spec"]["template"]["spec"]["containers"][0]["args"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_string())
        .collect()
}

/// Validates `params` as the input of botocore's `service` `operation` (its API model: types,
/// required members, no unknown ones).
fn assert_valid_request(service: &str, operation: &str, params: &Value) {
    let check = "import json, sys, botocore.session, botocore.validate\n\
                 model = botocore.session.get_session().get_service_model(sys.argv[1])\n\
                 shape = model.operation_model(sys.argv[2]).input_shape\n\
                 report = botocore.validate.ParamValidator().validate(json.loads(sys.argv[3]), shape)\n\
                 if report.has_errors(): sys.exit(report.generate_report())\n";
    let out = run_tool(
        &venv().python(),
        &["-c", check, service, operation, &params.to_string()],
    );
    assert_success(&out, &format!("{service} {operation}"));
}

#[test]
fn the_batch_job_definition_and_submission_match_the_aws_batch_api() {
    let definition = read_json("aws-batch/job-definition.json");
    let submission = read_json("aws-batch/submit-job.json");
    assert_valid_request("batch", "RegisterJobDefinition", &definition);
    assert_valid_request("batch", "SubmitJob", &submission);
    // And the validation bites: a misspelt member fails.
    let mut bad = definition.clone();
    bad["containerProperties"]["comand"] = json!(["scan"]);
    let check = |params: &Value| {
        let script = "import json, sys, botocore.session, botocore.validate\n\
                      shape = botocore.session.get_session().get_service_model('batch').operation_model('RegisterJobDefinition').input_shape\n\
                      sys.exit(botocore.validate.ParamValidator().validate(json.loads(sys.argv[1]), shape).has_errors())";
        run_tool(&venv().python(), &["-c", script, &params.to_string()])
            .status
            .success()
    };
    assert!(!check(&bad));

    // Fargate: the vCPU and memory pair is one Fargate offers (2 vCPU: 4–16 GiB by 1 GiB).
    let requirement = |kind: &str| -> u64 {
        let list = definition["containerProperties"]["resourceRequirements"]
            .as_array()
            .unwrap();
        let found = list.iter().find(|r| r["type"] == kind).unwrap();
        found["value"].as_str().unwrap().parse().unwrap()
    };
    assert_eq!(definition["platformCapabilities"], json!(["FARGATE"]));
    let (vcpu, memory) = (requirement("VCPU"), requirement("MEMORY"));
    assert_eq!(vcpu, 2);
    assert!((4096..=16384).contains(&memory) && memory % 1024 == 0);
    // One array child per shard; every Ref:: has a value.
    assert_eq!(
        submission["arrayProperties"]["size"].to_string(),
        submission["parameters"]["shards"].as_str().unwrap()
    );
    for arg in batch_command(&definition, &submission) {
        assert!(!arg.starts_with("Ref::"), "{arg} has no value");
    }
    // Exit 2 (a usage or fatal error) is not retried; the rest is (a retry resumes).
    assert_eq!(
        definition["retryStrategy"]["evaluateOnExit"][0]["onExitCode"],
        "2"
    );
    assert_eq!(
        definition["retryStrategy"]["evaluateOnExit"][0]["action"],
        "EXIT"
    );
}

/// The job definition's command with the submission's parameters (over its defaults).
fn batch_command(definition: &Value, submission: &Value) -> Vec<String> {
    definition["containerProperties"]["command"]
        .as_array()
        .unwrap()
        .iter()
        .map(|arg| {
            let arg = arg.as_str().unwrap();
            match arg.strip_prefix("Ref::") {
                Some(name) => submission["parameters"][name]
                    .as_str()
                    .or(definition["parameters"][name].as_str())
                    .unwrap_or(arg)
                    .to_string(),
                None => arg.to_string(),
            }
        })
        .collect()
}

/// Whether `arn` is covered by one of `statement`'s resources for `action`.
fn granted(policy: &Value, action: &str, arn: &str) -> bool {
    let policy = Policy::parse(policy).unwrap();
    policy
        .allows(&iam::Request {
            action: action.into(),
            resource: arn.into(),
            prefix: None,
        })
        .is_some()
}

#[test]
fn the_state_machine_is_valid_asl_and_its_role_covers_it() {
    let path = deploy("step-functions/state-machine.asl.json");
    let validator = venv().node_bin("asl-validator");
    let out = run_tool(&validator, &["--json-path", path.to_str().unwrap()]);
    assert_success(&out, "asl-validator");
    // The validator bites: a batch over Distributed Map's 256 KiB limit fails.
    let asl = read_json("step-functions/state-machine.asl.json");
    let mut bad = asl.clone();
    bad["States"]["SweepInventory"]["ItemBatcher"]["MaxInputBytesPerBatch"] = json!(262_145);
    let dir = tempfile::tempdir().unwrap();
    let bad_path = dir.path().join("bad.json");
    std::fs::write(&bad_path, bad.to_string()).unwrap();
    let out = run_tool(&validator, &["--json-path", bad_path.to_str().unwrap()]);
    assert!(!out.status.success(), "{}", stdout(&out));

    let map = &asl["States"]["SweepInventory"];
    assert_eq!(
        map["ItemProcessor"]["ProcessorConfig"]["Mode"],
        "DISTRIBUTED"
    );
    assert_eq!(map["ItemReader"]["ReaderConfig"]["InputType"], "MANIFEST");
    let task = &map["ItemProcessor"]["States"]["Scan"];
    // The Lambda answers before its own deadline; the task's timeout is Lambda's maximum.
    assert!(task["TimeoutSeconds"].as_u64().unwrap() <= 900);

    let role = read_json("iam/state-machine-policy.json");
    let function = task["Parameters"]["FunctionName"].as_str().unwrap();
    assert!(granted(&role, "lambda:InvokeFunction", function));
    let reader = &map["ItemReader"]["Parameters"];
    let manifest = format!(
        "arn:aws:s3:::{}/example-data/all-objects/2026-12-06T01-00Z/manifest.json",
        reader["Bucket"].as_str().unwrap()
    );
    assert!(granted(&role, "s3:GetObject", &manifest));
    let writer = &map["ResultWriter"]["Parameters"];
    let written = format!(
        "arn:aws:s3:::{}/{}/0f2c/manifest.json",
        writer["Bucket"].as_str().unwrap(),
        writer["Prefix"].as_str().unwrap()
    );
    for action in [
        "s3:PutObject",
        "s3:GetObject",
        "s3:ListMultipartUploadParts",
        "s3:AbortMultipartUpload",
    ] {
        assert!(granted(&role, action, &written), "{action} on {written}");
    }
    assert!(granted(
        &role,
        "states:StartExecution",
        "arn:aws:states:us-east-1:123456789012:stateMachine:trawl-inventory-sweep"
    ));
    assert!(granted(
        &role,
        "states:DescribeExecution",
        "arn:aws:states:us-east-1:123456789012:execution:trawl-inventory-sweep/trawl:2f9a0c1e"
    ));
    // The function's results go where its policy lets it write.
    let lambda = read_json("iam/lambda-policy.json");
    assert!(granted(
        &lambda,
        "s3:PutObject",
        "arn:aws:s3:::example-trawl-results/runs/2026-12-06/trawl-results-lambda-0f2c.jsonl.gz"
    ));
}

#[test]
fn the_s3_batch_operations_job_matches_the_api_and_its_role_covers_it() {
    let job = read_json("s3-batch-operations/create-job.json");
    assert_valid_request("s3control", "CreateJob", &job);
    let invoke = &job["Operation"]["LambdaInvoke"];
    // UserArguments need invocation schema 2.0.
    assert_eq!(invoke["InvocationSchemaVersion"], "2.0");
    let role = read_json("iam/batch-operations-policy.json");
    assert!(granted(
        &role,
        "lambda:InvokeFunction",
        invoke["FunctionArn"].as_str().unwrap()
    ));
    let manifest = job["Manifest"]["Location"]["ObjectArn"].as_str().unwrap();
    assert!(granted(&role, "s3:GetObject", manifest));
    let report = &job["Report"];
    let report_key = format!(
        "{}/{}/job-0f2c/report.csv",
        report["Bucket"].as_str().unwrap(),
        report["Prefix"].as_str().unwrap()
    );
    assert!(granted(&role, "s3:PutObject", &report_key));
    let results = invoke["UserArguments"]["results"].as_str().unwrap();
    let lambda = read_json("iam/lambda-policy.json");
    let results_key = format!(
        "arn:aws:s3:::{}trawl-results-lambda-0f2c.jsonl.gz",
        results.strip_prefix("s3://").unwrap()
    );
    assert!(granted(&lambda, "s3:PutObject", &results_key));
}

#[test]
fn the_policies_pass_parliament_and_trust_only_their_service() {
    for name in [
        "scan-policy",
        "lambda-policy",
        "state-machine-policy",
        "batch-operations-policy",
    ] {
        let policy = std::fs::read_to_string(deploy(&format!("iam/{name}.json"))).unwrap();
        let out = run_tool(
            &venv().bin("parliament"),
            &[
                "--string",
                &policy,
                "--json",
                "--include-community-auditors",
            ],
        );
        let findings: Vec<Value> = jsonl(&stdout(&out));
        let unexplained: Vec<&Value> = findings
            .iter()
            .filter(|f| {
                // parliament 1.6's action table knows only express executions for
                // DescribeExecution; AWS's Distributed Map example grants it on the map's
                // child executions, `execution:NAME/*`, as this policy does.
                !(name == "state-machine-policy"
                    && f["issue"] == "RESOURCE_MISMATCH"
                    && f["detail"][0]["action"] == "states:DescribeExecution")
            })
            .collect();
        assert!(
            unexplained.is_empty(),
            "{name}: {unexplained:?}\n{}",
            stderr(&out)
        );
        // parliament exits 1 with findings, 0 without: it ran to its end.
        let expected = if findings.is_empty() { 0 } else { 1 };
        assert_eq!(
            out.status.code(),
            Some(expected),
            "{name}: {}",
            stderr(&out)
        );
        // No wildcard actions, no resource "*".
        let parsed = Policy::parse(&serde_json::from_str(&policy).unwrap()).unwrap();
        for statement in &parsed.statements {
            assert!(statement.actions.iter().all(|a| !a.contains('*')), "{name}");
            assert!(statement.resources.iter().all(|r| r != "*"), "{name}");
        }
    }
    // parliament does find problems: an action that does not exist.
    let bad = r#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Action": "s3:GetObjekt", "Resource": "arn:aws:s3:::b/*"}]}"#;
    let out = run_tool(&venv().bin("parliament"), &["--string", bad, "--json"]);
    assert!(stdout(&out).contains("UNKNOWN_ACTION"), "{}", stdout(&out));
    for (name, principal) in [
        (
            "scan-trust-policy-batch",
            json!({"Service": "ecs-tasks.amazonaws.com"}),
        ),
        (
            "lambda-trust-policy",
            json!({"Service": "lambda.amazonaws.com"}),
        ),
        (
            "state-machine-trust-policy",
            json!({"Service": "states.amazonaws.com"}),
        ),
        (
            "batch-operations-trust-policy",
            json!({"Service": "batchoperations.s3.amazonaws.com"}),
        ),
    ] {
        let trust = read_json(&format!("iam/{name}.json"));
        let statements = trust["Statement"].as_array().unwrap();
        assert_eq!(statements.len(), 1, "{name}");
        assert_eq!(statements[0]["Principal"], principal, "{name}");
        assert_eq!(statements[0]["Action"], "sts:AssumeRole", "{name}");
        assert_eq!(
            statements[0]["Condition"]["StringEquals"]["aws:SourceAccount"], "123456789012",
            "{name}: the confused-deputy guard"
        );
    }
    let eks = read_json("iam/scan-trust-policy-eks.json");
    let statement = &eks["Statement"][0];
    assert_eq!(statement["Action"], "sts:AssumeRoleWithWebIdentity");
    let subjects: Vec<&Value> = statement["Condition"]["StringEquals"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(k, _)| k.ends_with(":sub"))
        .map(|(_, v)| v)
        .collect();
    // Only the Job's service account.
    let documents = yaml_documents(&deploy("kubernetes/trawl-sweep.yaml"));
    let account = &documents[1]["metadata"];
    let expected = format!(
        "system:serviceaccount:{}:{}",
        account["namespace"].as_str().unwrap(),
        account["name"].as_str().unwrap()
    );
    assert_eq!(subjects, [&Value::from(expected)]);
}

/// The requests the server saw under a policy: each with the statement that allowed it.
type Seen = Arc<Mutex<Vec<(iam::Request, Option<usize>)>>>;

/// Makes the server enforce `policy`, recording every request and its verdict.
fn enforce(server: &TestS3, policy: Policy) -> Seen {
    let seen: Seen = Arc::default();
    let record = seen.clone();
    let policy = Arc::new(policy);
    *server.faults.access.lock().unwrap() = Some(Box::new(move |request: &AccessRequest| {
        let request = iam::s3_request(
            request.operation,
            request.bucket,
            request.key,
            request.query,
        );
        let verdict = policy.allows(&request);
        record.lock().unwrap().push((request, verdict));
        verdict.is_some()
    }));
    seen
}

/// Asserts nothing was denied, and that every statement of `policy` (but those named in
/// `untested`, with why) was the only one allowing some request: removing it would break the
/// run. And every action of a statement was used, but those in `failure_paths`.
fn assert_enough_and_least(
    policy: &Policy,
    seen: &Seen,
    untested: &[&str],
    failure_paths: &[&str],
) {
    let seen = seen.lock().unwrap();
    let denied: Vec<&iam::Request> = seen
        .iter()
        .filter(|(_, v)| v.is_none())
        .map(|(r, _)| r)
        .collect();
    assert!(denied.is_empty(), "denied: {denied:#?}");
    for (index, statement) in policy.statements.iter().enumerate() {
        if untested.contains(&statement.sid.as_str()) {
            continue;
        }
        let without = policy.without(index);
        let needed = seen.iter().find(|(r, _)| without.allows(r).is_none());
        assert!(
            needed.is_some(),
            "statement {} is not needed by any request",
            statement.sid
        );
        for action in &statement.actions {
            let used = seen
                .iter()
                .any(|(r, _)| &r.action == action && statement.matches(r));
            assert!(
                used || failure_paths.contains(&action.as_str()),
                "{} grants {action}, which no request used",
                statement.sid
            );
        }
    }
}

/// Objects of `example-data`: credentials and personal data, and one object kept waiting so
/// a shard can be stopped while it runs.
fn put_example_data(server: &TestS3, count: usize) {
    for i in 0..count {
        let mut body = format!("record {i}\n");
        if i % 3 == 0 {
            body += &format!("aws_access_key_id = {AWS_KEY_ID}\n");
        }
        if i % 4 == 0 {
            body += &format!("token: {GITHUB_TOKEN}\n");
        }
        if i % 5 == 0 {
            body += &format!(
                "card: {}\n",
                support::with_luhn(&format!("455673758689{:03}", 100 + i))
            );
        }
        server.put(
            "example-data",
            &format!("exports/part {i:03}.txt"),
            body.as_bytes(),
        );
    }
    for bucket in ["example-inventory", "example-trawl-results"] {
        std::fs::create_dir_all(server.root.join(bucket)).unwrap();
    }
}

/// The shard (of `count`) that `key` of `bucket` falls in, computed as the README defines it.
fn shard_of(bucket: &str, key: &str, count: u64) -> u64 {
    let digest = Sha256::digest(format!("trawl-shard-v1\0{bucket}/{key}").as_bytes());
    u64::from_be_bytes(digest[..8].try_into().unwrap()) % count
}

/// The CSV inventory of example-data at the manifest key deploy/'s files name.
fn write_example_inventory(server: &TestS3) {
    let rows = inventory::rows(server, "example-data");
    let written = inventory::write(
        server,
        &rows,
        "example-inventory",
        "example-data/all-objects",
        "csv",
    );
    let named = "example-data/all-objects/2026-12-06T01-00Z/manifest.json";
    let target = server.root.join("example-inventory").join(named);
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    std::fs::copy(server.root.join("example-inventory").join(&written), target).unwrap();
}

fn trawl_with(server: &TestS3, args: &[String], env: &[(&str, String)]) -> Command {
    let mut cmd = support::trawl();
    cmd.env_remove("AWS_ENDPOINT_URL")
        .env_remove("AWS_PROFILE")
        .env_remove("JOB_COMPLETION_INDEX")
        .env_remove("AWS_BATCH_JOB_ARRAY_INDEX")
        .env_remove("TRAWL_SHARD_COUNT")
        .envs(server.env())
        .env("AWS_ENDPOINT_URL_S3", &server.endpoint)
        .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
        .args(args);
    cmd
}

/// Object records and findings per identifier of a merge of `prefix`, with the policy off.
fn merged(server: &TestS3, prefix: &str) -> Value {
    let out = support::trawl()
        .envs(server.env())
        .env("AWS_ENDPOINT_URL_S3", &server.endpoint)
        .args(["results", "merge", "--format", "json", prefix])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("{}", stderr(&out)))
}

#[test]
fn the_kubernetes_job_and_the_batch_job_sweep_under_the_scan_policy_which_is_least() {
    let server = TestS3::start();
    put_example_data(&server, 60);
    write_example_inventory(&server);
    let listing = support::trawl()
        .envs(server.env())
        .args([
            "scan",
            "--endpoint-url",
            &server.endpoint,
            "--format",
            "json",
            "s3://example-data",
        ])
        .output()
        .unwrap();
    let listing: Value = serde_json::from_slice(&listing.stdout).unwrap();
    let expected = &listing["summary"];

    let policy_json = read_json("iam/scan-policy.json");
    let seen = enforce(&server, Policy::parse(&policy_json).unwrap());

    // The Kubernetes Job's container, once per index. Index 0 is stopped by SIGTERM while it
    // waits on a slow object, then run again as Kubernetes would: it resumes from S3.
    let documents = yaml_documents(&deploy("kubernetes/trawl-sweep.yaml"));
    let job = &documents[2];
    let args = container_args(job);
    let count: u64 = job["spec"]["completions"].as_u64().unwrap();
    let slow = (0..60)
        .map(|i| format!("exports/part {i:03}.txt"))
        .find(|key| shard_of("example-data", key, count) == 0)
        .unwrap();
    server
        .faults
        .delay
        .lock()
        .unwrap()
        .insert(format!("example-data/{slow}"), Duration::from_secs(4));
    // TRAWL_FINGERPRINT_KEY comes from a Secret in the Job; here, from the test.
    let key = ("TRAWL_FINGERPRINT_KEY", "0f".repeat(32));
    let index = |i: u64| vec![("JOB_COMPLETION_INDEX", i.to_string()), key.clone()];
    let mut first = trawl_with(&server, &args, &index(0)).spawn().unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    unsafe { libc::kill(first.id() as i32, libc::SIGTERM) };
    let status = first.wait().unwrap();
    assert_eq!(status.code(), Some(143));
    server.faults.delay.lock().unwrap().clear();
    for i in 0..count {
        let out = trawl_with(&server, &args, &index(i)).output().unwrap();
        // --allow-findings --allow-incomplete: a shard that reached its end succeeds.
        assert_eq!(out.status.code(), Some(0), "index {i}: {}", stderr(&out));
    }
    let k8s = merged(&server, "s3://example-trawl-results/runs/2026-12-06/");
    for field in ["objects", "complete", "findings", "by_identifier"] {
        assert_eq!(k8s[field], expected[field], "{field}: {k8s}");
    }
    assert_eq!(k8s["duplicates"], 0);
    assert!(
        k8s.get("shards")
            .is_some_and(|s| s["missing"].as_array().is_none_or(Vec::is_empty)),
        "{k8s}"
    );

    // The AWS Batch array job's command, with the submission's parameters, into its own run.
    let definition = read_json("aws-batch/job-definition.json");
    let submission = read_json("aws-batch/submit-job.json");
    let command: Vec<String> = batch_command(&definition, &submission)
        .into_iter()
        .map(|a| a.replace("runs/2026-12-06/", "runs/2026-12-06-batch/"))
        .collect();
    let size = submission["arrayProperties"]["size"].as_u64().unwrap();
    for i in 0..size {
        let env = [("AWS_BATCH_JOB_ARRAY_INDEX", i.to_string()), key.clone()];
        let out = trawl_with(&server, &command, &env).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "child {i}: {}", stderr(&out));
    }
    let batch = merged(&server, "s3://example-trawl-results/runs/2026-12-06-batch/");
    for field in ["objects", "complete", "findings", "by_identifier"] {
        assert_eq!(batch[field], expected[field], "{field}: {batch}");
    }

    let policy = Policy::parse(&policy_json).unwrap();
    // AbortMultipartUpload: only when assembling a shard's results fails.
    assert_enough_and_least(&policy, &seen, &[], &["s3:AbortMultipartUpload"]);
    let resumed = seen
        .lock()
        .unwrap()
        .iter()
        .any(|(r, _)| r.action == "s3:GetObject" && r.resource.contains(".parts/"));
    assert!(resumed, "the rerun of index 0 read its state back");
}

#[test]
fn the_lambda_function_sweeps_under_its_policy_which_is_least() {
    let server = TestS3::start();
    put_example_data(&server, 12);
    let policy_json = read_json("iam/lambda-policy.json");
    let seen = enforce(&server, Policy::parse(&policy_json).unwrap());
    let job = read_json("s3-batch-operations/create-job.json");
    let results = job["Operation"]["LambdaInvoke"]["UserArguments"].clone();
    let runtime = lambda_runtime::FakeRuntime::start();
    for i in 0..12 {
        let key = format!("exports/part+{i:03}.txt");
        let event = json!({
            "invocationSchemaVersion": "2.0",
            "invocationId": format!("invocation-{i}"),
            "job": {"id": "deploy-test", "userArguments": results},
            "tasks": [{"taskId": format!("task-{i}"), "s3Bucket": "example-data", "s3Key": key, "s3VersionId": null}],
        });
        runtime.push(
            &format!("batch-{i}"),
            event.to_string().as_bytes(),
            Duration::from_secs(60),
        );
    }
    let batch = json!({
        "BatchInput": {"Bucket": "example-data", "Results": "s3://example-trawl-results/runs/2026-12-06-map/"},
        "Items": (0..12).map(|i| json!({"Key": format!("exports/part {i:03}.txt"), "Size": "40"})).collect::<Vec<_>>(),
    });
    runtime.push("map", batch.to_string().as_bytes(), Duration::from_secs(60));
    let out = Command::new(env!("CARGO_BIN_EXE_trawl-lambda"))
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .envs(server.env())
        .env("AWS_ENDPOINT_URL_S3", &server.endpoint)
        .env("AWS_LAMBDA_RUNTIME_API", &runtime.host)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "ends when the events do: {}",
        stderr(&out)
    );
    for i in 0..12 {
        let answer = runtime.answer(&format!("batch-{i}"));
        assert_eq!(
            answer.body["results"][0]["resultCode"], "Succeeded",
            "{answer:?}"
        );
    }
    assert_eq!(runtime.answer("map").body["status"], "COMPLETE");
    let policy = Policy::parse(&policy_json).unwrap();
    // WriteItsLog: CloudWatch Logs, not here. GetObjectVersion: tasks naming a version (the
    // test server keeps no versions).
    assert_enough_and_least(&policy, &seen, &["WriteItsLog"], &["s3:GetObjectVersion"]);
    let lambda = read_json("iam/lambda-policy.json");
    let logs = &lambda["Statement"][2];
    assert_eq!(
        logs["Resource"],
        "arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/trawl:*"
    );
}

"""A second client for the sandbox: PyGithub, GitHub's most used Python client.

test/sandbox/pygithub.test.ts runs this script against a running sandbox and asserts on the JSON
it prints. PyGithub does not share Octokit's habits: it sends literal slashes in contents paths
and refs, PATCHes the `url` a ref carries (the older `git/refs/{ref}` form), posts a bare JSON
array to add labels, uploads assets with their file name, and pages through `Link` headers.
Each step records what the client saw; it never decides pass or fail itself.
"""

import json
import os
import sys
import tempfile

from github import Auth, Github, GithubException


def client(token: str, per_page: int = 30) -> Github:
    # retry=None: a refusal must surface at once. PyGithub also spaces requests out (0.25 s, and 1 s
    # between writes) to stay under GitHub's secondary limits; the sandbox needs no such courtesy.
    return Github(
        base_url=os.environ["SANDBOX_URL"],
        auth=Auth.Token(token),
        per_page=per_page,
        retry=None,
        seconds_between_requests=None,
        seconds_between_writes=None,
    )


def refusal(call) -> dict:
    try:
        call()
    except GithubException as error:
        return {"status": error.status, "data": error.data}
    return {"status": None, "data": None}


def main() -> None:
    out: dict = {}
    maintainer = client(os.environ["MAINTAINER_TOKEN"], per_page=2)
    reader = client(os.environ["READER_TOKEN"])
    repo = maintainer.get_repo("acme/churn")
    reader_repo = reader.get_repo("acme/churn")

    # Contents with a literal slash in the path.
    repo.create_file(".github/modelship.yml", "policy", "version: 1\n")
    policy = repo.get_contents(".github/modelship.yml")
    out["contents"] = {"path": policy.path, "text": policy.decoded_content.decode()}
    policy_as_reader = reader_repo.get_contents(".github/modelship.yml")
    out["contents_reader_sha_matches"] = policy_as_reader.sha == policy.sha

    # Refs: get one (heads/main, slash unencoded), list by prefix, create one and move it with
    # the ref's own `url` (PATCH .../git/refs/heads/pyg-branch).
    main_ref = repo.get_git_ref("heads/main")
    main_sha = main_ref.object.sha
    out["ref"] = {"ref": main_ref.ref, "sha_length": len(main_sha), "url": main_ref.url}
    out["matching_refs"] = [r.ref for r in repo.get_git_matching_refs("heads/")]
    branch = repo.create_git_ref("refs/heads/pyg-branch", main_sha)
    commit = repo.create_file("notes/pyg.txt", "on the branch", "hello\n", branch="pyg-branch")
    branch.edit(commit["commit"].sha)
    out["branch_moved"] = repo.get_git_ref("heads/pyg-branch").object.sha == commit["commit"].sha

    # Releases: a draft is hidden from the reader (list and get by id); asset names are renamed.
    draft = repo.create_git_release("pyg/v2", "v2", "draft", draft=True)
    published = repo.create_git_release("pyg/v1", "v1", "published")
    with tempfile.NamedTemporaryFile(suffix=".onnx", delete=False) as handle:
        handle.write(b"onnx bytes")
    asset = published.upload_asset(handle.name, name="churn model (v1).onnx", content_type="application/octet-stream")
    os.unlink(handle.name)
    out["releases"] = {
        "maintainer_sees": sorted(r.tag_name for r in repo.get_releases() if r.tag_name.startswith("pyg/")),
        "reader_sees": sorted(r.tag_name for r in reader_repo.get_releases() if r.tag_name.startswith("pyg/")),
        "reader_get_draft": refusal(lambda: reader_repo.get_release(draft.id))["status"],
        "maintainer_get_draft": repo.get_release(draft.id).draft,
        "by_tag": reader_repo.get_release("pyg/v1").id == published.id,
        "asset_name": asset.name,
        "assets_listed": [a.name for a in published.get_assets()],
    }

    # Issues, comments, labels (a bare JSON array), pagination (per_page=2) and the body limit.
    issue = repo.create_issue("Drift on churn", body="PSI 0.31 on tenure")
    issue.add_to_labels("drift", "retrain")
    for n in range(5):
        issue.create_comment(f"comment {n}")
    comments = issue.get_comments()
    out["issue"] = {
        "labels": sorted(label.name for label in repo.get_issue(issue.number).labels),
        "comments": [c.body for c in comments],
        "total_count": comments.totalCount,
        "too_long_comment": refusal(lambda: issue.create_comment("x" * 65537)),
        "at_limit_comment": len(issue.create_comment("y" * 65536).body),
        "too_long_issue": refusal(lambda: repo.create_issue("Too long", body="z" * 65537))["status"],
    }
    out["reader_labels"] = refusal(lambda: reader_repo.get_issue(issue.number).add_to_labels("nope"))["status"]
    out["rate_limit_core_limit"] = maintainer.get_rate_limit().resources.core.limit

    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()

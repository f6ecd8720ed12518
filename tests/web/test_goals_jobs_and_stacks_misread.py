"""Goals the team found read wrongly, through the generate API, page and command line on the shipped catalog, as
learners typed them.

Kubernetes on AWS is EKS, AWS's managed Kubernetes, not AWS's compute and storage beside Kubernetes, and "eks", "aws
eks", "gke" or "azure kubernetes service" are Kubernetes on their cloud, a Kubernetes cluster no clustering; a promotion
written after the job ("senior devops engineer promotion") is that job past its job-ready milestone, as "get promoted to
senior backend engineer" is, never the manager's Career development topic; a promotion in a job the learner said they
have ("i'm a backend developer and want to get promoted", "... want to become senior") is in that job, said and
undoable, not a question; a web app in Rust is Rust's web stack, not Rust up to a first app with "web" dropped.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from roadmapfinder.cli.app import app
from tests.helpers import generate_answer, generated_page, topics_taught

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("use_shipped_catalog")]
runner = CliRunner()


# 1. Kubernetes on a cloud is that cloud's managed Kubernetes.


@pytest.mark.parametrize("goal", ["kubernetes on aws", "k8s on aws", "learn kubernetes on aws"])
def test_kubernetes_on_aws_is_eks_not_generic_aws(goal: str) -> None:
    # Before: "on aws" was AWS CLI, AWS compute (EC2) and AWS storage (S3, EBS), generic AWS beside Kubernetes
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == "Kubernetes on AWS"
    taught = topics_taught(body)
    assert "aws-containers" in taught  # Containers on AWS - ECR, ECS, Fargate and EKS
    assert "managed-kubernetes" in taught
    assert "aws-storage" not in taught
    notes = " ".join(body["notes"])
    assert "with EKS, AWS's managed Kubernetes, so" in notes
    assert "Containers on AWS - ECR, ECS, Fargate and EKS" in notes
    undone_status, undone = generate_answer(goal, plain=["on aws"])  # as typed: AWS a second subject again
    assert undone_status == 201
    assert "on aws" not in [u["said"] for u in undone["understood"]]


def test_kubernetes_on_aws_on_the_page_and_the_command_line() -> None:
    page = generated_page("kubernetes on aws")
    assert "EKS, AWS's managed Kubernetes" in page
    assert "Containers on AWS - ECR, ECS, Fargate and EKS" in page
    result = runner.invoke(app, ["generate", "kubernetes on aws"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "“on aws” → AWS CLI, SDKs and credentials, Cloud identity and access management, Containers on AWS" in flat
    assert "AWS storage" not in flat


def test_other_roadmaps_on_aws_keep_aws_at_large() -> None:
    status, body = generate_answer("devops on aws")
    assert status == 201, body
    assert "aws-storage" in topics_taught(body)
    assert "EKS" not in " ".join(body["notes"])


@pytest.mark.parametrize(
    ("goal", "title", "service", "taught_there"),
    [
        ("eks", "Kubernetes on AWS", "with EKS, AWS's managed Kubernetes", "aws-containers"),
        ("aws eks", "Kubernetes on AWS", "with EKS, AWS's managed Kubernetes", "aws-containers"),
        ("amazon eks", "Kubernetes on AWS", "with EKS, AWS's managed Kubernetes", "aws-containers"),
        ("i want to learn eks", "Kubernetes on AWS", "with EKS, AWS's managed Kubernetes", "aws-containers"),
        ("eks cluster", "Kubernetes on AWS", "with EKS, AWS's managed Kubernetes", "aws-containers"),
        (
            "gke",
            "Kubernetes on Google Cloud",
            "with GKE, Google Cloud's managed Kubernetes",
            "gcp-containers",
        ),
        (
            "google kubernetes engine",
            "Kubernetes on Google Cloud",
            "with GKE, Google Cloud's managed Kubernetes",
            "gcp-containers",
        ),
        ("aks", "Kubernetes on Microsoft Azure", "with AKS, Azure's managed Kubernetes", "azure-containers"),
        (
            "azure kubernetes service",
            "Kubernetes on Microsoft Azure",
            "with AKS, Azure's managed Kubernetes",
            "azure-containers",
        ),
    ],
)
def test_a_managed_kubernetes_by_its_name_is_kubernetes_on_its_cloud(
    goal: str, title: str, service: str, taught_there: str
) -> None:
    # Before: "eks" was Kubernetes with no word of AWS, "aws eks" AWS and Kubernetes as two whole roadmaps (703 h),
    # "amazon eks" and "google kubernetes engine" only Running Kubernetes in production (85 h), "eks cluster" Kubernetes
    # and Unsupervised learning; "aks" and "gke" taught only the cloud's fundamentals until its containers topic
    # (Container Apps and AKS; Cloud Run and GKE) was written, as "eks" teaches Containers on AWS
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == title
    taught = topics_taught(body)
    assert {"kubernetes-workloads", "managed-kubernetes", taught_there} <= taught  # the whole of Kubernetes
    assert not taught & {"aws-storage", "unsupervised-learning", "aws-cloudformation-cdk"}
    assert service in " ".join(body["notes"])
    assert body["not_understood"] == []


@pytest.mark.parametrize(("goal", "phrase"), [("eks", "eks"), ("aws eks", "aws eks"), ("amazon eks", "amazon eks")])
def test_a_managed_kubernetes_reading_is_undoable(goal: str, phrase: str) -> None:
    _, body = generate_answer(goal)
    assert any(u["said"] == phrase and u["how"] == "synonym" for u in body["understood"]), body[
        "understood"
    ]  # undoable
    status, undone = generate_answer(goal, plain=[phrase])
    assert status == 201, undone
    assert undone["title"] != "Kubernetes on AWS"
    assert "EKS" not in " ".join(undone["notes"])


def test_a_kubernetes_cluster_is_not_clustering() -> None:
    # Before: "cluster" was the alias of Unsupervised learning, a second whole subject beside Kubernetes
    status, body = generate_answer("how to set up a kubernetes cluster")
    assert status == 201, body
    assert body["title"] == "Kubernetes"
    assert "unsupervised-learning" not in topics_taught(body)
    assert "“cluster” is the Kubernetes cluster here" in " ".join(body["notes"])


def test_eks_on_the_page_and_the_command_line() -> None:
    page = generated_page("aws eks")
    assert "Kubernetes on AWS" in page
    assert "EKS, AWS's managed Kubernetes" in page
    result = runner.invoke(app, ["generate", "eks"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "Kubernetes on AWS" in flat
    assert "Containers on AWS - ECR, ECS, Fargate and EKS" in flat


# 2. A promotion written after the job is the job past its job-ready milestone.


@pytest.mark.parametrize(
    ("goal", "title", "first_phase"),
    [
        ("senior devops engineer promotion", "DevOps Engineer", 7),
        ("backend developer promotion", "Backend Developer", 5),
        ("lead frontend developer promotion", "Frontend Developer", 7),
    ],
)
def test_a_promotion_after_the_job_is_no_career_development(goal: str, title: str, first_phase: int) -> None:
    # Before: “promotion” → Career development and engineering ladders beside the promotion, "senior" not understood
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == title
    assert "career-development-ladders" not in topics_taught(body)
    assert body["not_understood"] == []
    scope = body["scope"][0]
    assert scope["kind"] == "promotion"
    assert f"phases {first_phase}–" in scope["message"]


def test_a_promotion_after_the_job_reads_senior_with_it_and_undoes_as_typed() -> None:
    goal = "senior devops engineer promotion"
    result = runner.invoke(app, ["generate", goal])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "“senior devops engineer promotion” → DevOps Engineer past its job-ready milestone" in flat
    assert "Career development" not in flat
    assert "Not understood" not in flat
    status, undone = generate_answer(goal, plain=["senior devops engineer promotion"])  # as typed: no promotion
    assert status == 201
    assert not undone["scope"]


@pytest.mark.parametrize("goal", ["promotion", "career development and promotions"])
def test_promotions_alone_stay_the_managers_topic(goal: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert "career-development-ladders" in topics_taught(body)


# 3. A promotion in the job the learner said they have is in that job.


@pytest.mark.parametrize(
    ("goal", "job", "title"),
    [
        ("i'm a backend developer and want to get promoted", "backend developer", "Backend Developer"),
        ("i work as a frontend dev and want to get promoted", "frontend dev", "Frontend Developer"),
        ("im a data analyst and want a promotion", "data analyst", "Data Analyst"),
        ("i'm a junior devops engineer and want to get promoted to senior", "devops engineer", "DevOps Engineer"),
        ("backend developer who wants to get promoted", "backend developer", "Backend Developer"),
    ],
)
def test_a_promotion_in_the_job_the_learner_has_reads_it_from_the_sentence(goal: str, job: str, title: str) -> None:
    # Before: "Read as a promotion in the job you have, which does not say which job", with jobs to choose from
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == title
    assert body["scope"][0]["kind"] == "promotion"
    read = {u["said"]: u for u in body["understood"]}
    assert read[job]["means"][0]["name"] == f"{title}: the job you have, which you are promoted in"
    assert read[job]["how"] == "synonym"  # a reading that says more than the words: undoable
    assert f"“{job}”: the job you said you have, so the promotion is in it ({title})" in " ".join(body["notes"])
    if goal.startswith("i"):  # undone, what they work as is only what they know: which job is asked again
        undone_status, undone = generate_answer(goal, plain=[job])
        assert undone_status == 404
        assert "Read as a promotion in the job you have" in undone["hint"]


def test_a_promotion_in_the_job_the_learner_has_on_the_page_and_the_command_line() -> None:
    goal = "i'm a backend developer and want to get promoted"
    page = generated_page(goal)
    assert "the job you said you have, so the promotion is in it (Backend Developer)" in page
    assert "Phase 1: Advanced backend and scalability" in page
    result = runner.invoke(app, ["generate", goal])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "“backend developer” → Backend Developer: the job you have, which you are promoted in" in flat
    assert "--plain 'backend developer'" in flat
    assert "to choose:" not in flat


@pytest.mark.parametrize(
    ("goal", "job", "title"),
    [
        ("i work as a frontend dev and want to become senior", "frontend dev", "Frontend Developer"),
        ("i'm a backend developer and want to be senior", "backend developer", "Backend Developer"),
    ],
)
def test_becoming_senior_in_the_job_the_learner_has_is_a_promotion_in_it(goal: str, job: str, title: str) -> None:
    # Before: “senior” not understood, and no roadmap, with topics that mention "senior" offered
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == title
    assert body["scope"][0]["kind"] == "promotion"
    assert body["not_understood"] == []
    assert {u["said"] for u in body["understood"]} >= {job, goal.rsplit("to ", 1)[1]}
    undone_status, _ = generate_answer(goal, plain=[job])  # undone: no job to be senior in
    assert undone_status == 404


def test_a_job_naming_several_roadmaps_still_asks_which() -> None:
    status, body = generate_answer("i'm a web developer and want to get promoted")  # Frontend or Full-Stack
    assert status == 404, body
    assert "Read as a promotion in the job you have" in body["hint"]


# 4. A web app in Rust is Rust and the web backend topics, axum and SQLx.


@pytest.mark.parametrize(
    "goal",
    ["build a web app in rust", "rust web backend", "web app with rust", "rust web development", "backend in rust"],
)
def test_a_web_app_in_rust_teaches_rust_and_its_web_stack(goal: str) -> None:
    # Before: "Rust up to your first app" (phases 1–3, no web content) with “web” noted as a field; "web backend in
    # rust"'s were Backend Developer's foundations beside Rust's
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == "A web app in Rust"
    taught = topics_taught(body)
    assert {"rust-basics", "rust-async-tokio", "http", "rest-api-design", "sql-basics", "rust-web-services"} <= taught
    assert "authentication" in taught
    assert not {"react", "nodejs-basics", "rust-macros", "rust-unsafe-ffi"} & taught
    assert body["not_understood"] == []
    assert not body["scope"]
    assert "Read as a web app with its server written in Rust" in " ".join(body["notes"])


def test_a_web_app_in_rust_says_what_it_leaves_to_other_roadmaps_and_undoes() -> None:
    goal = "build a web app in rust"
    page = generated_page(goal)
    assert "A web app in Rust" in page
    assert "Leptos, Yew" in page
    result = runner.invoke(app, ["generate", goal])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "--plain 'web app in rust'" in flat
    assert "Web services in Rust (axum, SQLx)" in flat
    status, undone = generate_answer(goal, plain=["web app in rust"])  # as typed: Rust, "web" a field
    assert status == 201
    assert undone["title"] != "A web app in Rust"


@pytest.mark.parametrize(
    ("goal", "title"), [("rust and backend", "Rust and Backend Developer"), ("learn rust", "Rust")]
)
def test_rust_listed_or_alone_stays_the_roadmaps(goal: str, title: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == title


# 5. A web app in Go or Python is that language's web stack; knowing a language builds the web app in it, said.


@pytest.mark.parametrize("goal", ["a web app in go", "go backend", "web app with golang", "golang web app"])
def test_a_web_app_in_go_is_go_and_its_web_stack(goal: str) -> None:
    # Before: "a web app in go" was the JavaScript Full-Stack path ("go" never read); "go backend" the whole Go
    # roadmap beside Backend Developer's, 898 h
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == "A web app in Go"
    taught = topics_taught(body)
    assert {"go-basics", "http", "rest-api-design", "sql-basics", "go-net-http", "go-database-sql"} <= taught
    assert not {"react", "nodejs-basics", "javascript-basics", "go-runtime-internals"} & taught
    assert body["not_understood"] == []
    assert "Read as a web app with its server written in Go" in " ".join(body["notes"])


def test_a_web_app_in_go_on_the_page_and_the_command_line_undoes_as_typed() -> None:
    goal = "a web app in go"
    page = generated_page(goal)
    assert "A web app in Go" in page
    assert "HTTP services with net/http" in page
    result = runner.invoke(app, ["generate", goal])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "--plain 'web app in go'" in flat
    assert "JavaScript end to end" not in flat
    status, undone = generate_answer(goal, plain=["web app in go"])
    assert status == 201
    assert undone["title"] != "A web app in Go"


def test_a_bot_in_go_is_written_in_go() -> None:
    # Before: "go" after "in" was never read, and the bot was Python's, silently
    status, body = generate_answer("a discord bot in go")
    assert status == 201, body
    taught = topics_taught(body)
    assert "go-concurrency" in taught
    assert not {"python-basics", "python-async"} & taught
    assert "Built with Go, as you asked." in body["notes"]


@pytest.mark.parametrize("goal", ["build a web app in python", "python web app", "web app with python"])
def test_a_web_app_in_python_is_python_and_django(goal: str) -> None:
    # Before: "Python up to your first app", phases 1–4 ending in pandas, with “web” noted as a field and dropped
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == "A web app in Python"
    taught = topics_taught(body)
    assert {"python-basics", "python-oop", "http", "sql-basics", "django", "django-models-migrations"} <= taught
    assert {"django-forms", "django-auth", "django-templates"} <= taught
    assert not {"pandas", "numpy", "react", "nodejs-basics"} & taught
    assert body["not_understood"] == []
    assert not body["scope"]
    notes = " ".join(body["notes"])
    assert "Read as a web app with its server written in Python, with Django" in notes
    assert "“fastapi”" in notes


def test_a_web_app_in_python_says_so_on_the_command_line_and_undoes() -> None:
    result = runner.invoke(app, ["generate", "build a web app in python"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "A web app in Python" in flat
    assert "--plain 'web app in python'" in flat
    status, undone = generate_answer("build a web app in python", plain=["web app in python"])
    assert status == 201
    assert undone["title"] == "Python"


@pytest.mark.parametrize(
    ("goal", "title"),
    [("python web development", "Django"), ("python backend", "Backend Developer in Python"), ("learn go", "Go")],
)
def test_python_and_go_names_of_the_catalog_stay_its_roadmaps(goal: str, title: str) -> None:
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == title


def test_knowing_rust_builds_the_web_app_in_rust_and_says_so() -> None:
    # Before: the JavaScript Full-Stack path, Rust known and unused
    goal = "i know rust and want to build a web app"
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == "A web app in Rust"
    taught = topics_taught(body)
    assert "rust-web-services" in taught
    assert not {"rust-basics", "react", "nodejs-basics"} & taught
    notes = " ".join(body["notes"])
    assert "Built with Rust, which you know, rather than JavaScript" in notes
    assert "write “a web app in javascript” in your goal for the JavaScript path" in notes
    status, javascript = generate_answer("i know rust and want to build a web app in javascript")  # the other path
    assert status == 201, javascript
    assert javascript["title"] == "A web app"
    assert {"react", "nodejs-basics"} <= topics_taught(javascript)


def test_a_web_app_in_javascript_is_the_full_stack_path() -> None:
    # Before: the JavaScript roadmap up to a first app, “web” noted as a field and dropped
    status, body = generate_answer("a web app in javascript")
    assert status == 201, body
    assert body["title"] == "A web app"
    assert {"react", "nodejs-basics", "sql-basics"} <= topics_taught(body)
    assert body["not_understood"] == []


# 6. Learning a language "with ai" is how the learner studies, not an AI feature to build.


@pytest.mark.parametrize(("goal", "title"), [("learn python with ai", "Python"), ("learn sql using chatgpt", "SQL")])
def test_learning_a_language_with_ai_is_how_one_studies(goal: str, title: str) -> None:
    # Before: "Python and AI features through an LLM API", generative AI topics before Python basics
    status, body = generate_answer(goal)
    assert status == 201, body
    assert body["title"] == title
    assert not {"generative-ai-basics", "prompt-design", "api-authentication"} & topics_taught(body)
    assert body["not_understood"] == []
    notes = " ".join(body["notes"])
    assert f"how you learn {title}, with an AI assistant, which changes nothing in what to learn" in notes
    assert f"write “{title.lower()} with ai features”" in notes  # the other reading, the learner's to take
    status, features = generate_answer(f"{title.lower()} with ai features")
    assert status == 201
    assert "prompt-design" in topics_taught(features)


def test_building_with_ai_stays_ai_features() -> None:
    status, body = generate_answer("build a chrome extension with ai")
    assert status == 201, body
    assert "prompt-design" in topics_taught(body)

"""The small curated word lists the interpreter needs beyond the catalog's own names.

The catalog's titles, names and aliases are the vocabulary; these lists only say how learners talk around it:
words that carry no subject ("a bit of", "pretty good at"), words that say why they learn ("for money",
"clients"), and words that name a whole field rather than a roadmap ("websites", "games"). A content alias that
misleads (a language a topic only mentions, a file name that reads as an everyday word) is fixed in the content,
never listed here.
Keep them short; each entry should fix an utterance in tests/assets/understanding_eval.yaml.
"""

from __future__ import annotations

from roadmapfinder.catalog.models import Category

#: Learner talk that never names a subject on its own (it may still be part of a longer name).
FILLER = frozenset(
    [
        "bit",
        "little",
        "lot",
        "lots",
        "basic",
        "basics",
        "some",
        "pretty",
        "quite",
        "really",
        "very",
        "well",
        "good",
        "bad",
        "decent",
        "solid",
        "okay",
        "ok",
        "fine",
        "fun",
        "stuff",
        "goal",  # "my goal is to ...": the goal is what follows, never the Goals and OKRs topic
        "goals",
        "things",
        "thing",
        "work",
        "working",
        "worked",
        "done",
        "side",
        "project",
        "projects",
        "experience",
        "experienced",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "hour",
        "hours",
        "day",
        "days",
        "time",
        "times",
        "already",
        "used",
        "little",
        "knowledge",
        "familiar",
        "comfortable",
        "beginner",
        "intermediate",
        "advanced",
        "expert",
        "pro",  # "excel pro": how well, as "expert" is
        "level",
        "levels",
        "course",
        "courses",
        "bootcamp",  # "i did a bootcamp in react": how it was learnt, never Workshops and live demos
        "bootcamps",
        "tutorial",
        "tutorials",
        "school",
        "college",
        "university",
        "degree",
        "self",
        "taught",
        "programming",
        "coding",
        "code",
        "developer",
        "developers",
        "programmer",  # "i want to be a programmer", as "developer": no subject
        "aspiring",  # "aspiring frontend developer": a career phrasing, not the .NET Aspire tool
        "programmers",
        "engineer",
        "engineers",
        "dev",
        "devs",
        "something",
        "anything",
        "everything",
        "etc",
        "vs",  # "eks vs ecs": the two compared, as "or" offers them (generate._EITHER_GAP), never a subject
        "versus",
        "maybe",
        "mostly",
        "also",
        "too",
        "either",
        "other",
        "others",
        "more",
        "less",
        "much",
        "many",
        "most",
        "one",
        "two",
        "three",
        "first",
        "second",
        "next",
        "last",
        "now",
        "soon",
        "later",
        "today",
        "tomorrow",
        "someday",
        "eventually",
        "ever",
        "never",
        "still",
        "end",
        "kind",
        "sort",
        "type",
        "types",
        "able",
        "hobby",
        "hobbies",
        "personal",
        "own",
        "friend",
        "friends",
        "family",
        "business",
        "company",
        "companies",
        "people",
        "person",
        "world",
        "money",
        "paid",
        "pay",
        "salary",
        "income",
        "living",
        "rich",
        "cash",
        "earn",
        "earning",
        "clients",
        "client",
        "customers",
        "freelance",
        "freelancing",
        "freelancer",
        "gig",
        "gigs",
        "hustle",
        "hired",
        "hire",
        "employed",
        "employer",
        "remote",
        "role",
        "roles",
        "position",
        "interview",
        "interviews",
        "future",
        "better",
        "faster",
        "easy",
        "easier",
        "hard",
        "harder",
        "simple",
        "cool",
        "nice",
        "awesome",
        "great",
        "love",
        "into",
        "through",
        "without",
        "via",
        "across",
        "around",
        "each",
        "every",
        "few",
        "several",
        "ship",
        "shipping",
        "create",
        "creating",
        "making",
        "develop",
        "developing",
        "write",
        "writing",
        "run",
        "running",
        "manage",
        "managing",
        "improve",
        "understand",
        "master",
        "mastering",
        "study",
        "studying",
        "try",
        "trying",
        "help",
        "teach",
        "show",  # "i know python, show me django": a request, as "teach" is
        "switch",
        "switching",
        "move",
        "moving",
        "change",
        "changing",
        "transition",
        "land",
        "landing",
        "pass",
        "passing",
        "grow",
        "growing",
        "things",
        "stuff",
        "scratch",  # "from scratch": how they start, not Docker's empty image
        "prepare",  # "prepare for faang interviews": not Power Query's "data preparation"
        "preparing",
        "prep",
        "ready",
        "tech",  # "get a job in tech": the whole industry, no subject
        "fast",  # "... fast", "quickly": how soon, not what
        "quickly",
        "quick",
        "no",  # "no degree tech job": how they start, not a subject
        "paying",  # "highest paying tech job": why, as "pay" and "salary" are
        # "get a raise", "a pay raise": why, as "salary" is, not Python's raise statement (Files and exceptions)
        "raise",
        "raises",
        "remotely",  # "i want to work remotely", as "remote": not Git remotes
        "home",  # "work from home": where, not what (not the "home automation" goal, read as a phrase)
        "online",  # "make money online": how, not a subject ("online store" is a phrase)
        # "something with computers", "fix computers": the whole machine, as "tech" is the whole industry; "computer
        # science" and "computer vision" are names of their own ("computers" was read as Computer Science's alias
        # "computing")
        "computer",
        "computers",
        # "can't find a job", "help me find a roadmap": looking for, not Union-find nor a red team's findings
        "find",
        # a salary ("earn six figures", "a six figure job") is why, as "salary" is: not the six pillars of AWS
        "figure",
        "figures",
        "five",
        "six",
        "seven",
        "enjoy",  # "i enjoy solving problems", as "love"
        "enjoys",
        "someone",
        "anybody",
        "somebody",
        # how learners say they met a subject ("i did some react tutorials"): understanding/hedges.py weighs them
        "did",
        "took",
        "tried",  # not Tries, the data structure
        "played",
        "watched",
        "dabbled",
        "touched",
        "intro",
        "introduction",
    ]
)

#: Everyday words of time and date: never spelling-corrected into a name ("friday" is not Frida, "march" not $match);
#: `timeframe.py` reads the deadlines they make ("by friday") before the interpreter sees the goal.
_TIME_LINES = (
    "monday tuesday wednesday thursday friday saturday sunday",
    "mondays tuesdays wednesdays thursdays fridays saturdays sundays",
    "january february march april may june july august september october november december",
    "jan feb mar apr jun jul aug sep sept oct nov dec",
    "spring summer autumn fall winter summers winters",
    "christmas xmas easter thanksgiving halloween valentine valentines holiday holidays vacation",
    "today tonight tomorrow yesterday weekend weekends weekday weekdays fortnight fortnights",
    "morning mornings evening evenings afternoon afternoons night nights noon midday midnight",
    "asap soon later quickly urgent urgently deadline deadlines semester semesters term terms",
    "quarter quarters daily weekly monthly yearly annually someday eventually",
)
TIME_WORDS = frozenset(word for line in _TIME_LINES for word in line.split())

#: Everyday English words a letter or two from a name, which the spelling fix would otherwise "correct" towards it:
#: "my python is a bit rusty" was Python and Rust, "a rugby coach" Ruby, "a lawyer" CSS layers, "a journalist"
#: journalctl, "my daughter" Dagster. Never a typo; read as words (not understood, said so) like any other. A misspelt
#: name a learner really types ("pyhton", "dokcer") is no word here.
ENGLISH_NOT_TYPOS = frozenset(
    {"rusty", "rustic", "rugby", "sparkle", "squeal", "stigma", "grader", "swing", "brash", "reddish", "jester"}
    | {"mango", "mangos", "nestle", "lawyer", "lawyers", "journalist", "journalists", "daughter", "daughters"}
)

#: How learners say they start from nothing ("cybersecurity but i know nothing", "complete beginner", "zero
#: experience", "from scratch"): a level, not a subject. Matched in the text as typed, any case, whole words; the
#: interpreter sets `Interpretation.starting` and reads none of their words as a subject ("zero" was Cloudflare's
#: zero trust, "nothing" not understood).
STARTING_PHRASES = (
    "know nothing",
    "knows nothing",
    "knowing nothing",
    "no experience",
    "zero experience",
    "no background",
    "zero knowledge",
    "no knowledge",
    "complete beginner",
    "complete beginners",
    "total beginner",
    "absolute beginner",
    "absolute beginners",
    "complete newbie",
    "total newbie",
    "newbie",
    "noob",
    "complete noob",
    "total noob",
    "from scratch",
    "from zero",
    "never coded",
    "never coded before",
    "never programmed",
    "never programmed before",
    "don't know anything",
    "dont know anything",
    "don’t know anything",
    "zero coding experience",
    "no coding experience",
    "no programming experience",
    "beginner",
    "beginners",
)

#: Words that say why the learner is learning; they set the purpose, never a subject.
PURPOSE_WORDS: dict[str, str] = {
    "job": "job",
    "jobs": "job",
    "career": "job",
    "hired": "job",
    "employed": "job",
    "salary": "job",
    "interview": "job",
    "interviews": "job",
    "freelance": "freelance",
    "freelancing": "freelance",
    "freelancer": "freelance",
    "clients": "freelance",
    "client": "freelance",
    "customers": "freelance",
    "gigs": "freelance",
    "hustle": "freelance",
    "hobby": "hobby",
    "fun": "hobby",
    "hobbies": "hobby",
}

#: Words that name a field, not one roadmap: enough to know where to look, not what to learn.
FIELD_WORDS: dict[str, Category] = {
    "web": Category.WEB,
    "website": Category.WEB,
    "websites": Category.WEB,
    "site": Category.WEB,  # "wordpress sites for clients": a website, not Site Reliability Engineer
    "sites": Category.WEB,
    "webpage": Category.WEB,
    "webpages": Category.WEB,
    "webapp": Category.WEB,
    "webapps": Category.WEB,
    "webdev": Category.WEB,
    "mobile": Category.MOBILE,
    "phone": Category.MOBILE,
    "phones": Category.MOBILE,
    "apps": Category.MOBILE,
    "app": Category.MOBILE,
    "data": Category.DATA_AI,
    "cloud": Category.CLOUD_OPS,
    "infrastructure": Category.CLOUD_OPS,
    "security": Category.SECURITY,
    "hacking": Category.SECURITY,
    "hacker": Category.SECURITY,
    "cyber": Category.SECURITY,
    "games": Category.MORE,
    "game": Category.MORE,
    "gaming": Category.MORE,
    "rpg": Category.MORE,  # a kind of game ("an rpg in godot"): the field, the engine or language says the rest
    "rpgs": Category.MORE,
    "databases": Category.DATABASES,
    "database": Category.DATABASES,
    "languages": Category.LANGUAGES,
    "language": Category.LANGUAGES,
    "foundations": Category.FOUNDATIONS,
    "design": Category.BEYOND_CODE,
    "designer": Category.BEYOND_CODE,
    "nontechnical": Category.BEYOND_CODE,
}

#: The clouds a role or skill is done on ("data engineering on azure", "devops on aws"), by the learner's names for
#: them: each cloud's name for people and the topics that teach using it (AWS has no one fundamentals topic: its CLI,
#: compute and storage). Read after a roadmap named and "on", "in", "with", "using" or "for" (goals.py), the cloud is
#: where the roadmap is practised, beside the whole roadmap, never a second subject that cuts it to its foundations.
CLOUD_PLATFORMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "azure": ("Microsoft Azure", ("azure-fundamentals",)),
    "microsoft azure": ("Microsoft Azure", ("azure-fundamentals",)),
    "gcp": ("Google Cloud", ("google-cloud-fundamentals",)),
    "google cloud": ("Google Cloud", ("google-cloud-fundamentals",)),
    "google cloud platform": ("Google Cloud", ("google-cloud-fundamentals",)),
    "aws": ("AWS", ("aws-cli-sdks", "aws-compute", "aws-storage")),
    "amazon web services": ("AWS", ("aws-cli-sdks", "aws-compute", "aws-storage")),
}

#: A cloud's certification named by the role it certifies ("associate cloud engineer", Google Cloud's) or by its exam's
#: code ("az-104", Azure's administrator exam), with that cloud's name for people (a key of `MANAGED_KUBERNETES`), the
#: catalog's roadmap of the role and the role as the cloud names it: read as the role done on the cloud, as "gcp cloud
#: engineer" is (goals.py). "associate cloud engineer" was Google Cloud fundamentals alone (60 h); "az-104" Azure
#: certifications (85 h) and "azure administrator" Azure fundamentals (60 h), where an Azure administrator's work
#: (identity, governance, storage, compute, networking, monitoring) is a Cloud Engineer's on Azure. Google's exam said
#: as an exam ("associate cloud engineer exam") is still the cloud's certifications topic; "az-900", Azure's
#: fundamentals exam, the fundamentals.
_AZURE_ADMINISTRATOR = ("Microsoft Azure", "cloud-engineer", "Azure Administrator")
CLOUD_CERTIFIED_ROLES: dict[str, tuple[str, str, str]] = {
    "associate cloud engineer": ("Google Cloud", "cloud-engineer", "Cloud Engineer"),
    **dict.fromkeys(
        ("az 104", "az104", "azure administrator", "azure administrator associate", "azure admin"),
        _AZURE_ADMINISTRATOR,
    ),
}

#: The catalog's own roadmap of a cloud (by its name for people in `CLOUD_PLATFORMS`) and the words its topics' names
#: use for it: "cloud computing" is the AWS roadmap with Cloud Engineer, so a role done on another cloud ("cloud
#: computing on azure") leaves that roadmap out, and the role's topics named for AWS, which the catalog teaches on AWS
#: alone, stay and are said to (goals.py). Slugs, checked against the catalog by the tests.
CLOUD_OWN: dict[str, tuple[str, tuple[str, ...]]] = {"AWS": ("aws", ("AWS", "Amazon"))}

#: Each cloud's managed Kubernetes (by its name for people in `CLOUD_PLATFORMS`), for Kubernetes done on it
#: ("kubernetes on aws"): the service's name and the topics that teach it. AWS's general topics (its compute and
#: storage) are not how Kubernetes runs there: its EKS is taught in Containers on AWS, with the CLI's credentials and
#: IAM that a cluster's access and its pods' permissions go through. Azure's and Google Cloud's fundamentals teach
#: AKS and GKE themselves.
MANAGED_KUBERNETES: dict[str, tuple[str, tuple[str, ...]]] = {
    "AWS": ("EKS, AWS's managed Kubernetes", ("aws-cli-sdks", "cloud-iam", "aws-containers")),
    "Microsoft Azure": ("AKS, Azure's managed Kubernetes", ("azure-cli-sdks", "cloud-iam", "azure-containers")),
    "Google Cloud": ("GKE, Google Cloud's managed Kubernetes", ("gcp-cli-sdks", "cloud-iam", "gcp-containers")),
}

#: The learner's names for a cloud's managed Kubernetes ("eks", "google kubernetes engine"), each with its cloud's name
#: for people (a key of `MANAGED_KUBERNETES`): read as Kubernetes on that cloud, as "kubernetes on aws" is (goals.py),
#: rather than Kubernetes alone with no word of the cloud ("eks") or Running Kubernetes in production alone ("amazon
#: eks"). A cloud's name right before one ("aws eks") is the same cloud, not a second whole roadmap.
MANAGED_KUBERNETES_NAMES: dict[str, str] = {
    "eks": "AWS",
    "amazon eks": "AWS",
    "amazon kubernetes": "AWS",
    "aws eks": "AWS",
    "elastic kubernetes service": "AWS",
    "amazon elastic kubernetes service": "AWS",
    "aks": "Microsoft Azure",
    "azure aks": "Microsoft Azure",
    "azure kubernetes service": "Microsoft Azure",
    "gke": "Google Cloud",
    "google gke": "Google Cloud",
    "gcp gke": "Google Cloud",
    "google kubernetes engine": "Google Cloud",
    "google kubernetes": "Google Cloud",
}

#: An alias several topics share, and the words of a goal that say which one the learner means, beside the topic they
#: point to (goals._shared_alias), in order: the first whose words the goal has wins. "ecs" is AWS's Elastic Container
#: Service and a game engine's entity component system: beside an AWS or container word ("aws ecs", "ecs fargate",
#: "docker ecs") it is AWS's, beside a game engine, a game or the pattern's own words ("bevy ecs", "c++ ecs", "ecs in
#: unity", "ecs components") the pattern. Alone, or beside neither, the interpreter's own pick stands (AWS's ECS).
#: Words are matched as `normalize` writes them ("c++" is "cpp").
SHARED_ALIAS_CONTEXTS: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
    "ecs": (
        (
            "aws-containers",
            frozenset(
                {"aws", "amazon", "fargate", "docker", "container", "containers", "containerised", "containerized"}
                | {"eks", "ecr", "kubernetes", "k8s", "cloud", "deploy", "deploying", "deployment", "task", "tasks"}
                | {"cluster", "clusters", "service", "services", "microservices", "devops"}
            ),
        ),
        (
            "game-engine-architecture",
            frozenset(
                {"bevy", "unity", "godot", "unreal", "ue5", "ue4", "game", "games", "gamedev", "gaming", "engine"}
                | {"engines", "cpp", "entity", "entities", "component", "components", "dots", "flecs", "entt"}
                | {"pattern", "patterns"}
            ),
        ),
    ),
}

#: Field words that name a kind of thing in a field, not the field itself ("an rpg" is a kind of game): reading one
#: as its field says more than the word, so it is a curated reading the learner may undo (goals.py says it beside the
#: goal's subjects); undone, the word is read as typed, naming nothing (interpret.py).
FIELD_KINDS: frozenset[str] = frozenset({"rpg", "rpgs"})

#: Each field as a learner would say it, for the finder's "We read “games” as the field of making games" (the
#: catalog's section names, "More specialisations", are not how a person names a field).
FIELD_NAMES: dict[Category, str] = {
    Category.WEB: "web development",
    Category.MOBILE: "phone apps",
    Category.LANGUAGES: "programming languages",
    Category.DATA_AI: "data and AI",
    Category.CLOUD_OPS: "cloud and DevOps",
    Category.SECURITY: "security",
    Category.DATABASES: "databases",
    Category.FOUNDATIONS: "computer science foundations",
    Category.BEYOND_CODE: "design, product and people",
    Category.MORE: "making games",
}

#: The fields the finder offers when it did not understand the goal, in the order it lists them.
FIELD_CHOICES: tuple[tuple[str, str, str], ...] = (
    ("web", "web", "websites and web apps"),
    ("mobile", "mobile", "phone apps"),
    ("data", "data", "data analysis, data science and AI"),
    ("cloud", "cloud", "cloud, DevOps and servers"),
    ("security", "security", "security and ethical hacking"),
    ("games", "games", "making games"),
    ("languages", "a programming language", "Python, JavaScript, Go..."),
    ("foundations", "foundations", "computer science, algorithms, Git"),
    ("design", "design, product and people", "UX design, product management, technical writing, leading a team"),
)

#: What a field word searches for, by category.
FIELD_SEARCH: dict[str, str] = {
    Category.WEB.value: "web development",
    Category.MOBILE.value: "mobile apps",
    Category.LANGUAGES.value: "programming language",
    Category.DATA_AI.value: "data science",
    # "computing", as in "cloud computing" (an alias of AWS and Cloud Engineer): with "infrastructure" a hobbyist's
    # "get into cloud" started with Terraform, a tool for the infrastructure, before the cloud itself.
    Category.CLOUD_OPS.value: "cloud computing operations",
    Category.SECURITY.value: "cyber security",
    Category.DATABASES.value: "database",
    Category.FOUNDATIONS.value: "computer science",
    Category.BEYOND_CODE.value: "product manager ux design technical writer",
    Category.MORE.value: "game developer",
}

#: Short or everyday words that are also names ("go", "next", "spring"): only a name when the learner's
#: words leave no doubt (alone in a list item, capitalised mid-sentence, or beside another name).
EVERYDAY_NAMES = frozenset(
    [
        "go",
        "next",
        "spring",
        "shell",
        "express",
        "flask",
        "expo",
        "atlas",
        "de",
        "em",
        "pm",
        "po",
        "rn",
        "tf",
        "pg",
        "cs",
        "ds",
        "sh",
        "kt",
        "c",
        "r",
    ]
)

#: Names that are also adjectives, and the words that show the adjective when they follow it: "a swift career change",
#: "a swift move into cloud" say how fast, not Swift ("swift programming", "swift for ios" stay the language).
ADJECTIVE_NAMES: dict[str, frozenset[str]] = {
    "swift": frozenset({"career", "change", "move", "transition", "switch", "pivot", "start", "return", "progress"}),
}

#: Things one writes in code whose name is also the software one installs and configures, and the topic that writes
#: one: "write a web server in c" is programming to HTTP, not setting up nginx ("Web servers and reverse proxies",
#: which "set up a web server" still is). Read so after a verb of writing, or of making with "in" and a language after
#: it, when the language has no name of its own for the thing ("go web server" is Go's net/http):
#: interpret._made_in.
WRITTEN_THINGS: dict[str, str] = {"web server": "http"}

#: Fields and roles learners ask for that the catalog has no roadmap for, and the roadmaps nearest to them, best first:
#: the finder says plainly that there is no such roadmap and offers these, rather than whatever shares a stem with the
#: word ("robotics" and the "robots.txt" of SEO) or teaches a topic of that name among many others ("scrum" is a topic
#: of the Android and iOS roadmaps' last phases, yet a Scrum Master is no mobile developer). A key of several words
#: ("scrum master", "it support") is matched as the learner wrote it, filler words included; the interpreter reads
#: single words only, so a topic of that name ("agile", "scrum") stays known in "what I know". Slugs, checked against
#: the catalog by the tests.
_EMBEDDED = ("embedded-systems", "cpp", "python")
_DELIVERY = ("product-manager", "engineering-manager")  # where Scrum, Kanban and planning delivery are taught
_IT_SUPPORT = ("linux", "network-engineer", "cyber-security")  # where a help desk career usually goes next
#: Drawing and visual art: no roadmap teaches them; a learner who draws meets design in UX Design, builds what people
#: see in Frontend Developer, and makes game worlds in Game Developer.
_VISUAL = ("ux-design", "frontend", "game-developer")
#: Interests rather than fields: no roadmap is maths or puzzles, and a mentor names the roadmaps that use them most:
#: maths is the daily work of data science and machine learning and the heart of algorithms; puzzles and logic are
#: algorithms, computer science and the capture-the-flag side of penetration testing.
_MATHS = ("data-scientist", "machine-learning", "dsa")
#: What learners call maths when they say they struggle with it ("i'm bad at math"), and the catalog's topics that
#: teach maths itself (goal_known.GoalKnown.struggles: a goal says which of them its roadmap teaches). Topic ids,
#: checked against the catalog by the tests; a catalog without some of them says the others.
MATHS_WORDS = frozenset({"math", "maths", "mathematics"})
MATHS_TOPICS = (
    "descriptive-statistics",
    "probability",
    "statistics",
    "hypothesis-testing",
    "regression-analysis",
    "bayesian-statistics",
    "linear-algebra",
    "calculus-for-ml",
    "discrete-mathematics",
    "math-for-algorithms",
    "game-math",
    "game-affine-transforms",
    "game-curves-splines",
)
#: Each framework the Frontend role may be done with instead of React, and its topic in the place of each topic the
#: role teaches with React (`IN_PLACE_OF`'s keys), or None when nothing of its own stands there (React's own
#: accessibility patterns: the role's Web accessibility topic teaches them for any framework; React with TypeScript
#: for Angular, written in TypeScript from its first component). A goal that names the framework with the role
#: ("vue developer", "frontend developer with angular") learns these in React's place
#: (understanding/in_reacts_place.py); Vue.js's are also the topics "frontend without react" learns. Topic ids, each
#: of its framework's roadmap, checked by the tests.
IN_REACTS_PLACE: dict[str, dict[str, str | None]] = {
    "vue": {
        "react": "vue-components",
        "react-hooks": "vue-composables",
        "react-custom-hooks": "vue-composables",
        "react-typescript": "vue-typescript",
        "react-routing": "vue-router",
        "react-forms": "vue-forms",
        "react-component-patterns": "vue-advanced-components",
        "react-refs-portals": "vue-lifecycle-template-refs",
        "react-accessibility": None,
        "frontend-state-management": "pinia",
        "frontend-data-fetching": "vue-data-fetching",
        "ssr-meta-frameworks": "nuxt",
        "frontend-testing": "vue-testing",
    },
    "angular": {
        "react": "angular-components",
        "react-hooks": "angular-signals",
        "react-custom-hooks": "angular-dependency-injection",  # logic shared between components: a service
        "react-typescript": None,
        "react-routing": "angular-routing",
        "react-forms": "angular-forms",
        "react-component-patterns": "angular-component-communication",
        "react-refs-portals": "angular-directives-pipes",  # reaching the DOM: a directive
        "react-accessibility": None,
        "frontend-state-management": "angular-state-management",
        "frontend-data-fetching": "angular-http-client",
        "ssr-meta-frameworks": "angular-ssr-hydration",
        "frontend-testing": "angular-testing",
    },
    "svelte": {
        "react": "svelte-components",
        "react-hooks": "svelte-runes",
        "react-custom-hooks": "svelte-shared-state",  # runes in a .svelte.js module
        "react-typescript": "svelte-typescript",
        "react-routing": "sveltekit-routing",
        "react-forms": "sveltekit-form-actions",
        "react-component-patterns": "svelte-components",
        "react-refs-portals": "svelte-lifecycle-actions",  # reaching the DOM: an action
        "react-accessibility": None,
        "frontend-state-management": "svelte-shared-state",
        "frontend-data-fetching": "sveltekit-loading-data",
        "ssr-meta-frameworks": "sveltekit-rendering-adapters",
        "frontend-testing": "svelte-testing",
    },
}
#: Frameworks a roadmap may be learnt without, when the learner says so ("frontend without react", "i don't want
#: to use react"): the framework's topic, the roadmap of the framework the catalog teaches in its place, and each
#: topic a roadmap teaches with the framework (its own, and those it is the prerequisite of: state, data fetching,
#: server rendering with Next.js, testing with Testing Library for React) with the topic that takes its place, or
#: None when nothing does (understanding/without.py). What merely uses it, design systems' components, stays, learnt
#: with the framework in its place. Topic ids and slugs, checked against the catalog by the tests; a catalog
#: without the other framework leaves the topics out with nothing in their place, and says so.
IN_PLACE_OF: dict[str, tuple[str, dict[str, str | None]]] = {"react": ("vue", IN_REACTS_PLACE["vue"])}
#: The topics a role teaches its server with on Node.js (Full-Stack Developer: JavaScript, then TypeScript, on both
#: sides), each with what takes its place when the goal names another server language with the role ("full stack
#: python developer", "python full stack"): the language topic that stands for the learner's language
#: (stacks.LANGUAGE_SLOTS), named as that language teaches it, or None when nothing of its own stands there (TypeScript
#: on Node.js: the language topic teaches the server's language whole). The role's stack-neutral topics (its
#: framework, ORM, background jobs) are then named in that language too (understanding/stacks.py `in_nodes_place`).
#: Node.js's own languages (`NODE_STACKS`) keep them. Topic ids, checked by the tests.
IN_NODES_PLACE: dict[str, str | None] = {"nodejs-basics": "backend-language", "typescript-node": None}
NODE_STACKS = frozenset({"javascript", "typescript"})
#: A server framework's roadmap named with such a role ("fullstack developer with django", "full stack spring boot
#: developer"): its language's stack, and what takes the place of each Node.js topic and of the role's stack-neutral
#: framework and ORM topics: the framework's own first topic, API topic and ORM topic (their prerequisites, the
#: language's basics, come along). Slugs and topic ids, each of the framework's roadmap, checked by the tests.
FRAMEWORKS_IN_NODES_PLACE: dict[str, tuple[str, dict[str, str | None]]] = {
    "django": (
        "python",
        {
            "nodejs-basics": "django",
            "typescript-node": None,
            "backend-frameworks": "django-rest-framework",
            "orm": "django-orm-queries",
        },
    ),
    "spring-boot": (
        "java",
        {
            "nodejs-basics": "spring-boot-basics",
            "typescript-node": None,
            "backend-frameworks": "spring-web-mvc",
            "orm": "spring-data-jpa",
        },
    ),
    "aspnet-core": (
        "csharp",
        {
            "nodejs-basics": "csharp-basics",
            "typescript-node": None,
            "backend-frameworks": "aspnet-core",
            "orm": "ef-core",
        },
    ),
    "laravel": (
        "php",
        {
            "nodejs-basics": "laravel-basics",
            "typescript-node": None,
            "backend-frameworks": "laravel-apis",
            "orm": "laravel-eloquent",
        },
    ),
    "ruby-on-rails": (
        "ruby",
        {
            "nodejs-basics": "rails-basics",
            "typescript-node": None,
            "backend-frameworks": "rails-api",
            "orm": "rails-active-record",
        },
    ),
}
#: What a role may be learnt without, with nothing in its place, when the learner says so ("devops without kubernetes",
#: "game dev without c++"): the topic the clause must name, the name it is said by, and for each role that may leave it
#: out, how that role is done then, said on the clause's line. Every topic the role teaches that needs it goes with it
#: (Helm and GitOps; Unreal's C++ gameplay, while Unreal Engine itself stays), and nothing is put in its place
#: (understanding/without.py). Topic ids and slugs, checked against the catalog by the tests.
LEFT_OUT_OF: dict[str, tuple[str, dict[str, str]]] = {
    "kubernetes": (
        "Kubernetes",
        {
            "devops": (
                "containers still ship with Docker, Terraform and CI/CD pipelines, though many DevOps job posts ask "
                "for Kubernetes"
            ),
        },
    ),
    "cpp-toolchain": (
        "C++",
        {"game-developer": "its games are made in Unity with C#, and Unreal Engine is met without its C++ gameplay"},
    ),
    # "backend without frameworks": the backend's own frameworks (`BACKEND_FRAMEWORKS`), never the frontend's
    "backend-frameworks": (
        "backend web frameworks",
        {
            "backend": (
                "its APIs are written on the language's own HTTP server, which the catalog teaches only for Go "
                "(net/http, in the Go roadmap) and Ruby (Rack), and most backend job posts ask for a framework"
            ),
        },
    ),
}
#: The topic of a backend's web frameworks (Express, Django, Spring Boot...): what "frameworks" means in a goal for a
#: roadmap that teaches it and no frontend framework ("backend without frameworks"), where it was read as React and
#: Vue.js, which Backend Developer never teaches (goal_known.py).
BACKEND_FRAMEWORKS = "backend-frameworks"
#: A platform's own roadmap, written in the platform's own language, and the ways that make the same app without it
#: (one app for iPhone and Android from one code base), in the order offered: what the app is called, the language
#: and its topic, the ways. "ios apps without swift" is built with Flutter, said, its Undo the iOS roadmap in Swift
#: (goals.py `_platform_away_from`). Topic ids and slugs, checked against the catalog by the tests.
PLATFORM_WAYS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "ios": ("An iPhone app", "Swift", "swift-basics", ("flutter", "react-native")),
    "android": ("An Android app", "Kotlin", "kotlin-basics", ("flutter", "react-native")),
}
#: Words of a move from one field to another ("switch from qa to devops", "moving from teaching into web dev"): read
#: by the goal's reader (goals.py `_came_from`) and, where the move starts from a skill, by what the learner knows
#: (goal_known.py `_MOVE`).
MOVE_WORDS = frozenset(
    {"switch", "switching", "move", "moving", "transition", "transitioning", "pivot", "pivoting", "change"}
    | {"changing", "go", "going", "career"}
)
#: Words a goal says "frameworks" with ("frontend without frameworks", "without any js frameworks"): a dislike of every
#: framework of `IN_PLACE_OF`, the role learnt in plain HTML, CSS and JavaScript (goal_known, without.py).
FRAMEWORK_WORDS = frozenset({"framework", "frameworks"})
FRAMEWORK_BESIDE = frozenset({"js", "javascript", "frontend", "ui", "web", "big", "heavy"})
#: Roadmaps built on a framework of `IN_PLACE_OF` or on the language they are written in, so it is never left out of
#: them: React Native's components and Next.js's pages are React's, and Vue.js is no way to write either; both, and
#: the frameworks and runtimes of JavaScript, are JavaScript. A dislike of React in a goal for one of them ("react
#: native without react") keeps React and says why (without.py `built_on`), where it read "React Native with
#: Vue.js". A common goal with another way to build it is built that way instead ("mobile apps without react":
#: Flutter, goals.py `_away_from`). Slugs, checked against the catalog by the tests.
BUILT_ON: dict[str, tuple[str, ...]] = {
    "react": ("react-native", "nextjs"),
    "javascript-basics": ("react-native", "nextjs", "react", "vue", "angular", "nodejs", "typescript"),
}
#: What learners call coding when they say how they feel about it ("i hate coding"): no subject of its own, as
#: maths is none (feelings.py).
CODING_WORDS = frozenset({"coding", "code", "programming"})
#: The roadmaps offered to a learner whose goal only says how they feel about maths or coding ("i hate math", "i hate
#: coding": understanding/felt_alone.py), with what they have of it: the usual ways into a first tech job with no
#: maths topic of their own (a catalog that teaches maths in one of them offers the others), and the roles beyond
#: code whose work is design, product and writing. Slugs, checked against the catalog by the tests.
AWAY_FROM: dict[str, tuple[str, ...]] = {
    "maths": ("frontend", "backend", "qa-engineer"),
    "coding": ("ux-design", "product-manager", "technical-writer"),
    # any other subject ("i hate yaml", "i don't want to learn python"): the first three of these usual ways into a
    # first tech job that never use it, its prerequisites counted
    "subject": ("frontend", "backend", "data-analyst", "qa-engineer", "ux-design", "product-manager"),
}
#: Virtual and augmented reality are built in game engines (Unity in C#, Unreal in C++); no roadmap teaches headsets.
_XR = ("game-developer", "csharp", "cpp")
_PUZZLES = ("dsa", "computer-science", "penetration-tester")
NOT_TAUGHT: dict[str, tuple[str, ...]] = {
    "robotics": _EMBEDDED,
    "robot": _EMBEDDED,
    "robots": _EMBEDDED,
    "drone": _EMBEDDED,
    "drones": _EMBEDDED,
    "electronics": ("embedded-systems", "cpp"),
    "scrum": _DELIVERY,
    "scrum master": _DELIVERY,
    "agile": _DELIVERY,
    "agile coach": _DELIVERY,
    "kanban": _DELIVERY,
    "project manager": _DELIVERY,
    "project management": _DELIVERY,
    "it support": _IT_SUPPORT,
    "tech support": _IT_SUPPORT,
    "help desk": _IT_SUPPORT,
    "helpdesk": _IT_SUPPORT,
    # fixing the machines themselves is IT support ("computers" alone is filler: "fix computers for a living" was
    # Computer Science)
    "fix computers": _IT_SUPPORT,
    "fixing computers": _IT_SUPPORT,
    "repair computers": _IT_SUPPORT,
    "repairing computers": _IT_SUPPORT,
    "computer repair": _IT_SUPPORT,
    "fix laptops": _IT_SUPPORT,
    "repair laptops": _IT_SUPPORT,
    "pc repair": _IT_SUPPORT,
    "drawing": _VISUAL,
    "illustration": _VISUAL,
    "digital art": _VISUAL,
    "graphic design": _VISUAL,
    "art": _VISUAL,
    "virtual reality": _XR,
    "augmented reality": _XR,
    "mixed reality": _XR,
    "vr": _XR,
    "xr": _XR,
    "maths": _MATHS,
    "math": _MATHS,
    "mathematics": _MATHS,
    "puzzles": _PUZZLES,
    "puzzle": _PUZZLES,
    "riddles": _PUZZLES,
    "logic puzzles": _PUZZLES,
    "puzzles and logic": _PUZZLES,
    "logic and puzzles": _PUZZLES,
    "problem solving": _PUZZLES,
    "solving problems": _PUZZLES,
    # helping people with their computers is IT support ("help people with tech problems" was Data Structures and
    # Algorithms, through "problems")
    "tech problems": _IT_SUPPORT,
    "technical problems": _IT_SUPPORT,
    "computer problems": _IT_SUPPORT,
    "tech issues": _IT_SUPPORT,
    "computer issues": _IT_SUPPORT,
    "it problems": _IT_SUPPORT,
}

#: How the finder says why the nearest roadmaps of an interest are offered (the rest: "the nearest we have are"),
#: and what each pick says of itself.
NEAREST_BECAUSE: dict[tuple[str, ...], tuple[str, str]] = {
    _MATHS: ("The roadmaps that use maths most are", "it is one of the roadmaps that use maths most"),
    _PUZZLES: ("The roadmaps most about logic and solving puzzles are", "it is one of the roadmaps most about logic"),
}

#: Why the nearest roadmaps of a field the catalog has no roadmap for are the nearest, where it is not plain: said by
#: the generator beside them (goals.py).
NOT_TAUGHT_WHY: dict[tuple[str, ...], str] = {
    _IT_SUPPORT: (
        "helping people with their computers, accounts and support tickets is not in the catalog, but what support "
        "work grows into is: running Linux machines, networks and security"
    ),
    _DELIVERY: (
        "running a team's delivery (Scrum, Kanban, project plans) is taught only as part of product and engineering "
        "management, with backlogs, prioritising and delivery planning"
    ),
    _XR: (
        "virtual and augmented reality apps are built in game engines (Unity in C#, Unreal Engine in C++), which the "
        "catalog teaches, while headsets, XR toolkits and interaction design for them are not in it"
    ),
}

#: What a learner's words for a role the catalog lacks are called, said beside them ("tech problems" is IT support).
KNOWN_AS: dict[str, str] = dict.fromkeys(
    ("tech problems", "technical problems", "computer problems", "tech issues", "computer issues", "it problems"),
    "IT support",
)

#: Each language's roadmap and the stack key it is in the content (`Variant.stack`, a plan request's `stack`): the
#: roadmaps a role may be learnt in (stacks.py), and whose years of use are more than their basics (known.py).
LANGUAGE_STACKS = {
    "python": "python",
    "javascript": "javascript",
    "nodejs": "javascript",
    "typescript": "typescript",
    "java": "java",
    "kotlin": "kotlin",
    "go": "go",
    "csharp": "csharp",
    "php": "php",
    "ruby": "ruby",
    "rust": "rust",
    "cpp": "cpp",
}

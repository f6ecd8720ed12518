"""The curated synonym table: abbreviations and learner words that content aliases do not cover.

Content aliases are the first place for names (a roadmap lists "k8s" if it is about Kubernetes); this table holds
what is true of the language, not of one roadmap: "js" means JavaScript wherever it appears, "iphone apps" are
iOS apps. Keys are normalized words (see `text.normalize`: "c#" is already "csharp"), values the words added to
the query; a phrase may keep its filler words ("millions of users"), which are dropped from it as from queries, and
what it adds stands for every word of the phrase. Keep it small; an entry here should fix a query in
tests/assets/search_eval.yaml.
"""

from __future__ import annotations

WORD_SYNONYMS: dict[str, str] = {
    "k8s": "kubernetes",
    "kube": "kubernetes",
    "js": "javascript",
    "ecmascript": "javascript",
    "ts": "typescript",
    "golang": "go",
    "csharp": "csharp dotnet",
    "dotnet": "dotnet csharp",
    "py": "python",
    "ml": "machine learning",
    "ai": "artificial intelligence machine learning",
    "dl": "deep learning",
    # A language model is said "llm" and "language model" in the catalog, never by its "large" alone: a synonym adds
    # each of its words, and "large" found "Performance of large Next.js apps" first for "chatgpt apps".
    "nlp": "natural language processing llm language models",  # taught here through language models
    "llm": "language models",
    "llms": "llm language models",
    "genai": "generative ai",
    "infosec": "security",
    "cyber": "security cybersecurity",
    "cybersecurity": "security",
    "hacking": "security ethical hacking",
    "hacker": "security ethical hacking",
    "pentest": "penetration testing",
    "pentesting": "penetration testing",
    "appsec": "application security",
    "iphone": "ios",
    "ipad": "ios",
    "apple": "ios",
    "swiftui": "ios swift",
    "kotlin": "android",
    "postgres": "postgresql",
    "psql": "postgresql",
    "mongo": "mongodb",
    "db": "database",
    "dbs": "database",
    "databases": "database",
    "aws": "amazon web services cloud",
    "gcp": "google cloud",
    "azure": "cloud",
    "iac": "infrastructure code",
    "cicd": "continuous integration delivery",
    "sre": "site reliability",
    "ds": "data science",
    "etl": "data pipelines",
    "elt": "data pipelines",
    "webdev": "web development",
    "website": "web",
    "websites": "web",
    "webapp": "web app",
    "webapps": "web app",
    "ux": "user experience",
    "ui": "user interface design",  # a learner's "ui" is designing interfaces, not OOP interfaces
    "oop": "object oriented",
    "dsa": "data structures algorithms",
    "algo": "algorithms",
    "algos": "algorithms",
    "regex": "regular expressions",
    "auth": "authentication",
    "sysdesign": "system design",
    "whatsapp": "distributed scalability",  # a classic system design prompt: "build a chat app like whatsapp"
    "scale": "scalability",  # "how to scale a website": the content says "scalability" and "scalable"
    "scaling": "scalability",
    "devsecops": "devops security",
    "mlops": "machine learning operations",
    "stats": "statistics",
    "chatgpt": "llm language models",
    "chatbot": "llm language models",  # a chatbot today is built on a language model
    "chatbots": "llm language models",  # apps built on a chat model are LLM apps, not phone apps
    "openai": "llm language models",
    "gpt": "llm language models",
    "ecommerce": "woocommerce online payments",  # a shop online: a store, its payments, its pages
    "webshop": "woocommerce online payments",
    # Where a mentor starts someone from a background with numbers: spreadsheets, then data analysis and Python.
    "accountant": "spreadsheets data analysis python",
    "accounting": "spreadsheets data analysis python",
    "viz": "visualization",
    "dataviz": "data visualization",
}

#: Synonyms above that name a background, not a skill: where a mentor would start someone who comes from it (an
#: accountant: spreadsheets, then data analysis). A goal may be read by them ("learn accounting" is offered Data
#: Analyst, said and undoable); what a learner *knows* never is: "i've studied accounting" knows no spreadsheet.
BACKGROUND_WORDS = frozenset({"accountant", "accounting"})

#: What a system design interview prompt adds: see "design twitter" below.
_DESIGN_PROMPT = "sdi distributed scalability"

#: Multi-word phrases (normalized, space separated) and the words they add. "millions of users" is how learners say
#: "at scale" ("how do big websites handle millions of users"), and so are "high traffic" and "lots of visitors".
#: "high traffic" adds only "scalability": its "high" already matches System Design, and with "large scale" too it
#: outweighed a roadmap named beside it ("laravel high traffic").
PHRASE_SYNONYMS: dict[str, str] = {
    "mobile apps": "mobile app",
    "video games": "games",  # one phrase: the games field ("video" alone was searched, and found nothing to learn)
    "computer games": "games",
    "iphone apps": "ios",
    # a first program is written in a first language: Python or JavaScript, as a mentor answers (only Flutter's first
    # phase teaches the "First steps in programming" topic, and "write" and "first" found Technical Writer, API Design)
    "first program": "python javascript",
    "first programs": "python javascript",
    "first programming language": "python javascript",
    "first language": "python javascript",
    # an app with AI in it is, today, an app calling a language model: what AI Engineer teaches, not what Machine
    # Learning Engineer does (training models)
    "ai apps": "llm apps",
    "ai app": "llm apps",
    "android apps": "android",
    "cyber security": "cybersecurity security",
    "information security": "security",
    "ethical hacking": "security",
    "data science": "data scientist",
    "machine learning": "ml",
    "deep learning": "neural networks",
    "artificial intelligence": "machine learning",
    "server side": "backend",
    "client side": "frontend",
    "front end": "frontend",
    "back end": "backend",
    "full stack": "fullstack",
    "dev ops": "devops",
    "web design": "frontend css",
    "user interfaces": "frontend",
    "scalable systems": "system design",
    "distributed systems": "system design",
    "millions of users": "scalability large scale",
    "millions of requests": "scalability large scale",
    "high traffic": "scalability",
    "online store": "ecommerce woocommerce online payments",
    "online shop": "ecommerce woocommerce online payments",
    "web shop": "ecommerce woocommerce online payments",
    "e commerce": "ecommerce woocommerce online payments",
    # "Automate the Boring Stuff with Python": everyday tasks at work are automated with Python scripts.
    "automate boring stuff": "python scripting",
    "automate tasks": "python scripting",
    "automate work": "python scripting",  # also "automate my work", "automate stuff at work"
    "automate my job": "python scripting",
    "automate excel": "python scripting",  # reports and spreadsheets made by a script, not test automation
    "automate reports": "python scripting",
    "automate spreadsheets": "python scripting",
    "growth hacking": "product led growth",  # marketing's growth experiments, not security
    # The classic object-oriented (low level) design interview prompts: classes and patterns, not the design field.
    "design parking lot": "low level design",
    "design elevator": "low level design",
    "design vending machine": "low level design",
    "lots of visitors": "scalability large scale",
    # "handle more traffic" is scale; "get more traffic" (to a blog) is not, so the verb is part of the phrase.
    "handle more traffic": "scalability",
    # ... and "my website/site handle more traffic" too, though "website" is an alias of HTML & CSS: "scale" more, but
    # not "large scale", with which "laravel website handle more traffic" left Laravel.
    "website handle more traffic": "scalability scale",
    "site handle more traffic": "scalability scale",
}


#: The system design interview prompts ("design twitter", "design a url shortener", "design a chat system"): what a
#: learner asks to design, and what that design hinges on, in words of the catalog's topics. A prompt adds "sdi", the
#: System design interviews topic's own alias, so the interpreter reads it as that topic rather than the design field
#: ("system design" would also name the Design System roadmap, and "design interview" UX case studies). The verb is
#: part of the phrase: "twitter" alone is the developer advocates' social media, "chat app" alone a mobile app, "chat
#: ui design" UX. What the design hinges on is what the finder searches beside the interview (search/finder.py), so the
#: picks after System Design teach what this design needs: real-time messaging for a chat system, rate limiting for a
#: rate limiter, content delivery for video. A subject's words are also spellings the interpreter corrects towards
#: ("instgram", "url shortner").
_MESSAGING = "websockets pubsub"  # connections kept open, messages fanned out through a broker
_FEED = "caching pubsub"  # a read-heavy timeline: precomputed in caches, fanned out through queues
_MEDIA = "cdn pubsub"  # served from the edge, uploads processed through queues
_FILES = "sharding cdn"  # files stored many times, served near the user
_SHORT_LINKS = "caching sharding"  # a read-heavy key lookup
DESIGN_SUBJECTS: dict[str, str] = {
    "chat": _MESSAGING,
    "messaging": _MESSAGING,
    "whatsapp": _MESSAGING,
    "messenger": _MESSAGING,
    "slack": _MESSAGING,
    "discord": _MESSAGING,
    "google docs": "websockets",  # editing together in real time
    "twitter": _FEED,
    "facebook": _FEED,
    "news feed": _FEED,
    "instagram": _MEDIA,
    "tiktok": _MEDIA,
    "youtube": _MEDIA,
    "netflix": _MEDIA,
    "spotify": _MEDIA,
    "uber": "geospatial indexing websockets",  # finding nearby drivers, tracking them live
    "dropbox": _FILES,
    "google drive": _FILES,
    "file sharing": _FILES,
    "url shortener": _SHORT_LINKS,
    "tinyurl": _SHORT_LINKS,
    "pastebin": _SHORT_LINKS,
    "rate limiter": "rate limiting",
    "web crawler": "pubsub",  # a frontier of pages to fetch, spread over workers
    "notification": "push notifications pubsub",
    "notifications": "push notifications pubsub",
    "payment": "idempotency sagas",
    "payments": "idempotency sagas",
    "key value store": "consistent hashing replication",
    "distributed cache": "caching consistent hashing",
    "ticketmaster": "distributed locking sagas",  # no seat sold twice
}
#: What may follow a subject in a prompt and still be the same prompt: "design a chat app", "a notification system",
#: "design an uber clone".
_DESIGN_SUFFIXES = ("", " app", " system", " service", " platform", " clone")
#: What a system design interview prompt adds: see `DESIGN_SUBJECTS`.
_DESIGN_PROMPT = "sdi distributed scalability"
#: Each prompt phrase ("design chat system") and what its design hinges on.
DESIGN_PROMPTS: dict[str, str] = {
    f"design {subject}{suffix}": needs
    for subject, needs in DESIGN_SUBJECTS.items()
    for suffix in _DESIGN_SUFFIXES
    if not subject.endswith(suffix.strip() or "-")
}
#: ... and the same prompts said the other way round: "uber clone design", "twitter system design".
DESIGN_PROMPTS |= {
    f"{subject}{suffix} design": needs
    for subject, needs in DESIGN_SUBJECTS.items()
    for suffix in (" clone", " system")
    if not subject.endswith(suffix.strip())
}
#: A URL shortener is only ever built to learn its design: said alone, it is the prompt too.
DESIGN_PROMPTS |= {"url shortener": _SHORT_LINKS, "link shortener": _SHORT_LINKS}
PHRASE_SYNONYMS |= dict.fromkeys(DESIGN_PROMPTS, _DESIGN_PROMPT)
#: What the finder searches for any prompt, beside what its design hinges on: the interview topic and scale, without
#: "distributed", whose stem also matches Linux's "distributions" (Linux came third for "design twitter" as a hobby).
DESIGN_PROMPT_SEARCH = "sdi scalability"

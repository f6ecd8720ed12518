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
    "nlp": "natural language processing",
    "llm": "large language models",
    "llms": "large language models",
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
    "ui": "user interface",
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
    "viz": "visualization",
    "dataviz": "data visualization",
}

#: What a system design interview prompt adds: see "design twitter" below.
_DESIGN_PROMPT = "sdi distributed scalability"

#: Multi-word phrases (normalized, space separated) and the words they add. "millions of users" is how learners say
#: "at scale" ("how do big websites handle millions of users"), and so are "high traffic" and "lots of visitors".
#: "high traffic" adds only "scalability": its "high" already matches System Design, and with "large scale" too it
#: outweighed a roadmap named beside it ("laravel high traffic").
PHRASE_SYNONYMS: dict[str, str] = {
    "mobile apps": "mobile app",
    "iphone apps": "ios",
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
    "lots of visitors": "scalability large scale",
    # "handle more traffic" is scale; "get more traffic" (to a blog) is not, so the verb is part of the phrase.
    "handle more traffic": "scalability",
    # ... and "my website/site handle more traffic" too, though "website" is an alias of HTML & CSS: "scale" more, but
    # not "large scale", with which "laravel website handle more traffic" left Laravel.
    "website handle more traffic": "scalability scale",
    "site handle more traffic": "scalability scale",
    # "design twitter", "design a url shortener", "design a chat app": the classic system design interview prompts
    # (the ones the System design interviews topic lists, and a few more). The verb is part of the phrase: "twitter"
    # alone is the developer advocates' social media, "chat app" alone a mobile app, "chat ui design" UX. They add
    # "sdi", that topic's own alias, so the interpreter reads the prompt as System design interviews rather than the
    # design field; "system design" would also name the Design System roadmap, and "design interview" UX case studies.
    "design chat": _DESIGN_PROMPT,
    "design chat app": _DESIGN_PROMPT,
    "design messaging": _DESIGN_PROMPT,
    "design messaging app": _DESIGN_PROMPT,
    "design whatsapp": _DESIGN_PROMPT,
    "design twitter": _DESIGN_PROMPT,
    "design instagram": _DESIGN_PROMPT,
    "design youtube": _DESIGN_PROMPT,
    "design netflix": _DESIGN_PROMPT,
    "design uber": _DESIGN_PROMPT,
    "design dropbox": _DESIGN_PROMPT,
    "design tiktok": _DESIGN_PROMPT,
    "design facebook": _DESIGN_PROMPT,
    "design news feed": _DESIGN_PROMPT,
    "design url shortener": _DESIGN_PROMPT,
    "design tinyurl": _DESIGN_PROMPT,
    "design pastebin": _DESIGN_PROMPT,
    "design rate limiter": _DESIGN_PROMPT,
    "design web crawler": _DESIGN_PROMPT,
}


#: The system design interview prompts among the phrases: their words name the product to design, not what to
#: learn, so the finder searches what they mean alone (search/finder.py): with "design" and "twitter" searched too,
#: UX Design and Technical Writer followed System Design for a goal the page said it read as the interview.
DESIGN_PROMPTS: frozenset[str] = frozenset(p for p, meaning in PHRASE_SYNONYMS.items() if meaning == _DESIGN_PROMPT)
#: What the finder searches for one: the interview topic and scale, without "distributed", whose stem also matches
#: Linux's "distributions" (Linux came third for "design twitter" as a hobby).
DESIGN_PROMPT_SEARCH = "sdi scalability"

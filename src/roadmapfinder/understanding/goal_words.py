"""What common goals mean in the topic graph: the words learners use for a thing they want to make.

The catalog names skills ("JavaScript", "WebSockets"); learners name things ("a chrome extension", "discord bots",
"a website for my bakery"). Each `GoalSense` says what such a thing is built from, in the catalog's topics (their
prerequisites come along), what the catalog does not teach about it, and which roadmaps are honestly nearby. A
sense with `build=False` is a goal the catalog does not cover ("3d printing"): the generator says so instead of
guessing.

`BACKGROUND` says which prerequisites explain how a thing is made rather than how to use it: a goal that builds on
a language model through its API needs no deep learning, and an Arduino sketch no linker scripts. The generator
leaves them out when nothing else in the goal needs them, and says so with the way to include them (`generate.py`).

A sense with `within` is an everyday word that names a field's own topic in a goal about that field: "ai" in a game
goal is its enemies' AI, "publish" putting the game out, and in a Python goal putting a package on PyPI (goals.py
reads it only there).

`GENERIC_WORDS` name a kind of thing, not a subject ("extension", "plugin", "bot", "tool"): read alone through
some topic's alias they are out of context (a Chrome extension is not a Swift protocol extension), so the
generator never builds from such a reading (see `goals.py`). `GENERIC_SUGGESTIONS` are the roadmaps that honestly
help with each kind when its subject is not understood.

Every topic id and roadmap slug here is checked against the shipped catalog (tests/unit/test_goals.py); each
entry should fix a goal in tests/assets/generate_eval.yaml. Phrases are matched by the search's stems, so plurals
and "add-ons" / "addons" need no entries of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class GoalSense:
    """One kind of goal: the phrases that name it, and what the catalog can (and cannot) build it from."""

    key: str
    title: str  # the generated roadmap's title: "Browser extensions"
    phrases: tuple[str, ...]  # as learners write them; matched word for word by stems
    topics: tuple[str, ...] = ()  # topic ids asked for (their prerequisites come along)
    roadmaps: tuple[str, ...] = ()  # roadmaps whose foundations (phases up to Junior) are asked for
    not_covered: str = ""  # what the goal needs that the catalog does not teach, as a sentence for the learner
    suggestions: tuple[str, ...] = ()  # roadmap slugs that honestly help, best first
    build: bool = True  # False: the catalog does not cover the goal; say so and suggest, never build
    alone: bool = False  # only when nothing else in the goal names a skill ("website" in "a website for my bakery")
    exact: bool = False  # the phrase's words as written, not their stems: "a website", not "websites"
    #: Names in its phrases read only as the learner types them (any ending the search drops aside), never through a
    #: spelling fix: a product's name a letter or two from an everyday word, which an everyday sentence writes far more
    #: often than a slip of the keyboard makes the name ("phase" is no misspelt Phaser, "monogamy" no MonoGame,
    #: "unrelated" no Unreal). Read by the common goals' fix (`spelling.spelt_as`), "backend phase 3" was Games in
    #: JavaScript (goals.py).
    as_typed: tuple[str, ...] = ()
    language: tuple[str, ...] = ()  # roadmap slugs of the language `topics` are written in ("python")
    beside: bool = False  # only beside another subject ("with ai" in "a chrome extension with ai")
    only: bool = False  # only when nothing else in the goal is read: "learn to code", not "learn to code games"
    #: The goal names no one skill ("a job in tech", "learn to code"): a choice among `suggestions` to make, never a
    #: roadmap the catalog lacks, so never one to ask the content team for.
    choice: bool = False
    #: What the goal is for when its words say so and the learner chose no purpose: "websites for money" is work
    #: for clients (the finder's estimates then count freelance work, not a first job).
    purpose: str = ""
    #: The same thing in another language: (the roadmap slugs that name it, the topics then, its name for people),
    #: chosen when the goal names that language ("a discord bot in javascript") or the learner knows it and not
    #: `language` (goals.py).
    in_language: tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...] = ()
    #: The note (`not_covered`) of the thing built another way of `in_language`, by that way's first slug: what it is
    #: built with then, never the usual way's words ("a mobile app" built with Flutter was said to be "built with
    #: React Native (JavaScript)"); a way with none keeps `not_covered`.
    way_notes: tuple[tuple[str, str], ...] = ()
    #: The same thing in another language as a sense of its own, with its title, topics and note ("A web app in
    #: Rust"): chosen as `in_language` is, when the goal names its `language` or the learner knows it and not this
    #: one's; its own phrases read it when the goal says so ("build a web app in rust"). The JavaScript web app's note
    #: would say JavaScript end to end beside Rust's topics, so such a thing is no `in_language` entry (goals.py).
    other_languages: tuple[GoalSense, ...] = ()
    #: Topics the catalog teaches one way that this goal teaches another: (the catalog's topic, the goal's topic in
    #: its place). The catalog's game lessons are Unity's and need Unity's fundamentals and the C# Unity is scripted
    #: in (game programming patterns need C#'s delegates and events); a learner who named Godot learns Godot's
    #: fundamentals (signals are its events) instead, and takes neither Unity nor C# on the way (generate.py).
    instead: tuple[tuple[str, str], ...] = ()
    #: Only in a goal about what one of these roadmaps teaches: "ai" of "a godot rpg with enemy ai" is the game's
    #: enemies, not machine learning; alone, or in another field, the word keeps its everyday reading (goals.py).
    within: tuple[str, ...] = ()
    #: `within` only by what the learner knows, never by the goal's own words: "automation" of "6 years of manual
    #: testing, want automation" is test automation, while "learn automation testing" keeps the catalog's reading
    #: (goals.py).
    by_known: bool = False
    #: Never in a goal about what one of these roadmaps teaches: "iphone and android" of "a mobile game for iphone and
    #: android" is where the game runs, not an app to build with React Native (goals.py).
    not_within: tuple[str, ...] = ()
    #: Says where the thing runs ("a game for iphone and android"), not what to make: the thing is still read from
    #: the rest of the goal ("game": the first game), as if this sense were not there (goals.py).
    setting: bool = False
    #: What a `within` sense is done to, in learners' words ("package", "library" for publishing to PyPI): a goal that
    #: names it means this sense rather than another of the same word ("publish a python library" is PyPI, not
    #: Python's docs), and a phrase naming it ("python package", an alias of Python's modules and packages) or the
    #: word left alone ("library") is the thing published, read as the sense (goals.py).
    objects: tuple[str, ...] = ()
    #: What the goal is done to, named in or right after its phrase, in learners' words ("network", "website" for
    #: defending against hackers): read with the phrase, past the learner's little words and their own things ("keep
    #: hackers out of my home network", "protect my company's website from hackers"), never as a subject of its own:
    #: "network" there is the learner's network, not the Network Engineer career (goals.py).
    targets: tuple[str, ...] = ()
    #: Phrases that name the sense only with what it is done to right after them ("secure my home network", "protect
    #: my wifi"): alone, "secure" is also secure coding and "protect" anything at all (goals.py).
    target_phrases: tuple[str, ...] = ()
    #: Keys of senses that take this one's place when both are read: "a game in python with godot" is a Godot game
    #: (scripted in GDScript, which reads like Python), not a Python game beside it (goals.py).
    gives_way: tuple[str, ...] = ()
    #: The role whose work the thing is, made this way (a roadmap slug), and what that role is then, in a sentence: a
    #: goal that names the thing's maker ("c# game developer", "unity developer") or wants a job ("c# game dev job")
    #: is that role, never the thing alone ("Unity games", 167 h, was a job's answer): goals._as_role.
    role: tuple[str, str] | None = None
    #: What the finder says of a `choice` it read, beside its field question, when the title says too little: a
    #: promotion is the next level of the job the learner has, so its field decides (search/finder.py).
    choice_note: str = ""
    #: A roadmap the learner may mean instead of this reading, and the choice's label: (slug, "leading a team
    #: instead"). The finder offers it beside its field question, never as the answer (search/finder.py).
    alternative: tuple[str, str] | tuple[()] = ()
    #: A `choice` among the roadmaps it suggests, which the finder offers as its picks, as the generator lists them
    #: ("cloud certs": AWS or Cloud Engineer), rather than its field question (search/finder._offered).
    offered: bool = False
    #: For a `choice`, who each of its roadmaps suits, one line each by slug ("ai-engineer": "for developers and
    #: career switchers who ..."), shown beside the roadmap wherever it is offered (the page's list, the API's
    #: `choices[].suits`, the command line's choice lines); `choosing` then says only what needs choosing, while
    #: `not_covered` keeps the whole choice in one sentence for a reader of the hint alone. Each line is in the words
    #: `not_covered` says it in (tests/unit/test_goal_words_suits.py), so the two never drift.
    suits: tuple[tuple[str, str], ...] = ()
    choosing: str = ""

    @property
    def foundations_only(self) -> bool:
        """A goal that makes nothing, whose roadmaps' foundations are the goal ("protect my company from hackers":
        Cyber Security's), rather than a thing made with the topics it lists."""
        return not self.topics and bool(self.roadmaps)


@dataclass(frozen=True)
class Background:
    """Prerequisites that are how a thing is made, which a goal that only uses the thing does not need.

    `topics` are prerequisites of the `through` topics (the ones a learner uses the thing by); a goal leaves them,
    and whatever only they bring, out unless it names one of them or needs one for another reason (fine-tuning a
    model needs deep learning through PyTorch, not only through LLM fundamentals). A background with `when` applies
    only to goals that ask for one of those topics (a maker board, not a firmware career).
    """

    key: str
    through: tuple[str, ...]
    topics: tuple[str, ...]
    what: str  # what is left out, for the learner: "how language models are made and trained"
    why: str  # why the goal does not need it, as a clause: "building on a model through its API does not need it"
    include: str  # what to write in the goal to learn it too: "deep learning"
    when: tuple[str, ...] = ()


BACKGROUND: tuple[Background, ...] = (
    Background(
        key="model-training",
        through=("llm-fundamentals", "llm-evaluation"),
        topics=("deep-learning", "model-evaluation"),
        what="how language models are made and trained",
        why="building on a model through its API does not need it",
        include="deep learning",
    ),
    Background(
        key="bare-metal",
        through=("gpio-interrupts",),
        topics=("embedded-build-toolchain",),
        what="what the Arduino framework hides (registers, toolchains and linker scripts)",
        why="a maker board's framework does it for you",
        include="linker scripts",
        when=("arduino-prototyping",),
    ),
)


_BROWSER_EXTENSION = GoalSense(
    key="browser-extension",
    title="Browser extensions",
    phrases=(
        "chrome extension",
        "browser extension",
        "firefox extension",
        "firefox addon",
        "firefox add on",
        "browser addon",
        "browser add on",
        "chrome addon",
        "chrome plugin",
        "browser plugin",
        "edge extension",
        "safari extension",
        "web extension",
        "ad blocker",
        "adblocker",
        "block ads",
    ),
    topics=("dom-manipulation", "javascript-async", "web-apis-fetch", "javascript-modules", "browser-devtools"),
    not_covered=(
        "The extension APIs themselves (the manifest, content scripts, messaging between scripts, storage, "
        "permissions) and publishing to the Chrome Web Store or Firefox Add-ons are not in the catalog: learn them "
        "from the browser's extension documentation once you have these foundations."
    ),
    suggestions=("javascript", "typescript", "frontend"),
)

_EDITOR_EXTENSION = GoalSense(
    key="editor-extension",
    title="VS Code extensions",
    phrases=(
        "vs code extension",
        "vscode extension",
        "visual studio code extension",
        "vs code plugin",
        "vscode plugin",
        "vs code addon",
        "editor extension",
        "code editor extension",
    ),
    topics=("typescript", "javascript-async", "javascript-modules", "typescript-node", "npm-package-management"),
    not_covered=(
        "The VS Code extension API (activation events, commands, contribution points in package.json) and "
        "publishing to the Marketplace are not in the catalog: learn them from the VS Code extension guides once "
        "you have these foundations."
    ),
    suggestions=("typescript", "nodejs"),
)

_CHAT_PLATFORM_BOT = GoalSense(
    key="chat-bot",
    title="Chat bots",
    phrases=(
        "discord bot",
        "telegram bot",
        "slack bot",
        "twitter bot",
        "reddit bot",
        "twitch bot",
        "whatsapp bot",
        "messenger bot",
        "matrix bot",
    ),
    topics=(
        "python-functions-modules",
        "python-async",
        "http",
        "api-authentication",
        "webhooks",
        "websockets",
        "serverless",
    ),
    not_covered=(
        "Each platform's own bot API and library (discord.py, discord.js, python-telegram-bot, Slack Bolt) is not in "
        "the catalog: its documentation is the next step once you can call an API."
    ),
    suggestions=("python", "nodejs"),
    language=("python",),
    in_language=(
        (
            ("nodejs", "javascript", "typescript"),
            (
                "node-module-system",
                "javascript-async",
                "http",
                "api-authentication",
                "webhooks",
                "websockets",
                "serverless",
            ),
            "JavaScript on Node.js",
        ),
        # "a discord bot in go": the bot's own code in Go (its packages, goroutines for the events it waits on)
        (("go",), ("go-modules", "go-concurrency", "http", "api-authentication", "webhooks", "websockets"), "Go"),
        (
            ("rust",),
            ("rust-cargo-modules", "rust-async-tokio", "http", "api-authentication", "webhooks", "websockets"),
            "Rust",
        ),
    ),
)

_AI_CHATBOT = GoalSense(
    key="ai-chatbot",
    title="An AI chatbot",
    phrases=(
        "chatbot",
        "chat bot",
        "ai chatbot",
        "ai chat bot",
        "ai bot",
        "ai assistant",
        "gpt bot",
        "chatgpt bot",
        "llm chatbot",
    ),
    topics=(
        "llm-apis",
        "prompt-design",
        "vector-databases",
        "retrieval-augmented-generation",
        "llm-guardrails",
        "fastapi",
        "serverless",
    ),
    not_covered=(
        "It is built in Python, which the catalog's lessons on LLM APIs use. The chat widget on your page is "
        "ordinary frontend work (HTML, CSS, JavaScript); the catalog teaches it in the Frontend Developer roadmap."
    ),
    suggestions=("ai-engineer", "prompt-engineering"),
)

_OWN_LLM = GoalSense(
    key="own-llm",
    title="Training your own language model",
    phrases=(
        "own llm",
        "train llm",
        "llm from scratch",
        "own language model",
        "train language model",
        "own gpt",
        "own chatgpt",
    ),
    topics=("deep-learning", "transformer-architecture", "hugging-face", "llm-fundamentals", "llm-fine-tuning"),
    not_covered=(
        "Pretraining a large model from scratch takes data and computing power far beyond one learner; people build "
        "their own by fine-tuning an open-weight model, which this roadmap ends with."
    ),
    suggestions=("machine-learning", "ai-engineer"),
)

_MAKER_BOARDS = GoalSense(
    key="maker-boards",
    title="Arduino and maker boards",
    phrases=(
        "arduino",
        "arduino project",
        "arduino uno",
        "esp32",
        "esp8266",
        "raspberry pi pico",
        "maker board",
        "microcontroller project",
        "electronics project",
    ),
    topics=(
        "electronics-basics",
        "c-programming",
        "arduino-prototyping",
        "gpio-interrupts",
        "mcu-timers-pwm-adc",
        "embedded-communication-protocols",
    ),
    not_covered=(
        "Arduino sketches are written in a simplified C++; the catalog teaches C, which is most of what a sketch "
        "uses, and the Arduino language reference covers the rest. For firmware as a career, see Embedded Systems."
    ),
    suggestions=("embedded-systems",),
)

_RAG_APP = GoalSense(
    key="rag-app",
    title="A RAG application",
    phrases=(
        "rag app",
        "rag application",
        "rag chatbot",
        "rag system",
        "rag pipeline",
        "rag project",
        "retrieval augmented generation app",
        "chat with pdf",
        "chat with your documents",
        "chat with my documents",
    ),
    topics=("llm-apis", "prompt-design", "vector-databases", "retrieval-augmented-generation", "fastapi"),
    not_covered=(
        "It is built in Python, which the catalog's lessons on LLM APIs use; frameworks such as LangChain or "
        "LlamaIndex wrap the same steps and are quick to pick up once you have built them by hand."
    ),
    suggestions=("ai-engineer",),
)

_LLM_APP = GoalSense(
    key="llm-app",
    title="An app built on a language model",
    phrases=(
        "chatgpt app",
        "chatgpt application",
        "gpt app",
        "gpt application",
        "llm app",
        "llm application",
        "llm powered app",
        "openai app",
        "genai app",
        "generative ai app",
    ),
    topics=("llm-apis", "prompt-design", "llm-structured-outputs", "llm-guardrails", "api-authentication", "fastapi"),
    not_covered=(
        "The model is a service you call over HTTP with your key kept on a server, not one you train. The screens "
        "around it are ordinary web or mobile work: the Frontend Developer or React Native roadmap teaches them. A "
        "chat window over your own documents is a RAG application (write “rag app”)."
    ),
    suggestions=("ai-engineer", "prompt-engineering"),
)

_WITH_AI = GoalSense(
    key="with-ai",
    title="AI features through an LLM API",
    phrases=(
        "with ai",
        "using ai",
        "ai powered",
        "ai features",
        "with chatgpt",
        "with openai",
        "with gpt",
        "with an llm",
        "with llm",
        "with llms",
        "using chatgpt",
        "using openai",
    ),
    topics=("generative-ai-basics", "prompt-design", "api-authentication"),
    not_covered=(
        "The AI part is a call to a model's HTTP API with your key kept on a server, not a model you train; the "
        "catalog's deeper lessons on LLM APIs are in Python (the AI Engineer roadmap)."
    ),
    suggestions=("ai-engineer", "prompt-engineering"),
    beside=True,
)

#: Coding with an AI assistant, written with no learning verb ("coding with ai", "code using chatgpt"): working with
#: coding assistants, which the catalog teaches ("vibe coding" is an alias of the same topic). It was “with ai” → AI
#: features through an LLM API (`_WITH_AI`), generative AI and API keys to build into an app, which the note offers.
#: With a learning verb ("learn to code with ai") it is how the learner studies, where to start (goals._studied_with).
#: "WITH" and "USING" are kept (written in capitals): "coding for ai" is no coding assistant.
_CODING_WITH_AI = GoalSense(
    key="coding-with-ai",
    title="Coding with AI assistants",
    phrases=tuple(
        f"{verb} {how} {aid}"
        for verb in ("code", "coding", "programming")
        for how in ("WITH", "USING")
        for aid in ("ai", "chatgpt", "gpt", "an llm", "llms", "ai assistants", "an ai assistant")
    ),
    topics=("ai-coding-assistants",),
    not_covered=(
        "Read as coding with AI assistants (GitHub Copilot, ChatGPT, Cursor, coding agents): giving them clear tasks, "
        "reviewing every change they make and keeping your secrets out of them, in the Git they work in. To learn to "
        "code with an assistant's help, write “learn to code with ai”; to build AI features into an app, write “ai "
        "features”."
    ),
    suggestions=("software-engineer", "code-review", "prompt-engineering"),
)

_OWN_LANGUAGE = GoalSense(
    key="own-language",
    title="Your own programming language",
    phrases=(
        "own programming language",
        "own language",
        "programming language from scratch",
        "toy language",
        "own compiler",
        "own interpreter",
    ),
    topics=("python-functions-modules", "python-oop", "recursion", "data-structures", "compilers-interpreters"),
    not_covered=(
        "The catalog has one topic on compilers and interpreters; a language of your own goes further (a parser, "
        "an evaluator, then perhaps bytecode), best learnt by following a book that builds an interpreter step by "
        "step, in Python or any language you know."
    ),
    suggestions=("computer-science",),
)

_ROBOT = GoalSense(
    key="robot",
    title="Robots with maker boards",
    phrases=("robot", "robotics", "robot arm", "line follower", "robot car", "drone"),
    topics=(
        "electronics-basics",
        "c-programming",
        "arduino-prototyping",
        "gpio-interrupts",
        "mcu-timers-pwm-adc",
        "embedded-communication-protocols",
    ),
    not_covered=(
        "Robotics itself (motors and drivers, kinematics, control loops, ROS) is not in the catalog: this is the "
        "maker-board programming a small robot runs on. For firmware as a career, see Embedded Systems."
    ),
    suggestions=("embedded-systems",),
)

_RASPBERRY_PI = GoalSense(
    key="raspberry-pi",
    title="Raspberry Pi projects",
    phrases=("raspberry pi", "raspberry pi project", "raspberrypi", "rpi project"),
    topics=(
        "linux-command-line",
        "ssh-remote-access",
        "python-functions-modules",
        "python-files-exceptions",
        "electronics-basics",
        "docker",
    ),
    not_covered=(
        "A Raspberry Pi is a small Linux computer you program in Python: driving its pins from Python (gpiozero), "
        "its camera and add-on boards are in the Raspberry Pi documentation, not the catalog. The Pico is a "
        "microcontroller instead: write “raspberry pi pico” for that path."
    ),
    suggestions=("linux", "python", "embedded-systems"),
)

_HOME_AUTOMATION = GoalSense(
    key="home-automation",
    title="Home automation",
    phrases=("home automation", "smart home", "home assistant", "automate my home", "automate my house", "iot home"),
    topics=(
        "linux-command-line",
        "python-functions-modules",
        "networking-fundamentals",
        "iot-protocols-mqtt",
        "docker",
    ),
    not_covered=(
        "Home Assistant, Zigbee and Z-Wave and the devices themselves are not in the catalog: this is the Linux, "
        "Python, networking and MQTT they run on; their documentation is the next step."
    ),
    suggestions=("linux", "python", "embedded-systems"),
)

_UNITY = GoalSense(
    key="unity",
    title="Unity games",
    # a game in C# is Unity's, the engine the catalog teaches in C# ("make a game in c#" was "C# and .NET up to your
    # first game", with no game in it)
    phrases=(
        *("unity", "unity3d", "unity engine", "unity game", "unity games", "unity 2d", "unity 3d"),
        *("game in c#", "games in c#", "c# game", "c# games", "game with c#", "games with c#", "game dev in c#"),
        *("game development in c#", "c# game development"),
    ),
    topics=(
        "game-dev-fundamentals",
        "unity-fundamentals",
        "game-input-handling",
        "2d-game-development",
        "game-ui",
        "game-audio",
        "game-physics-collisions",
        "game-programming-patterns",
        "game-save-systems",
    ),
    not_covered=(
        "This is Unity and the C# it is scripted in; Unreal Engine and C++ are another engine's path, in the Game "
        "Developer roadmap with the 3D, multiplayer and career phases."
    ),
    suggestions=("game-developer",),
    language=("csharp",),
    role=(
        "game-developer",
        "Game Developer makes its games in Unity with C# up to its job-ready milestone; its later phase, Unreal Engine "
        "and C++, is another engine's path (write “without c++” to leave it out).",
    ),
)

_QUANT = GoalSense(
    key="quant",
    title="Quantitative development",
    phrases=(
        "quant",
        "quants",
        "quantitative developer",
        "quantitative analyst",
        "quantitative finance",
        "quantitative trading",
        "algorithmic trading",
        "algo trading",
        "trading bot",
    ),
    topics=("pandas", "probability", "statistics", "numpy", "sql-basics"),
    not_covered=(
        "Finance itself (markets, pricing models, time series, backtesting) is not in the catalog. Quant "
        "developers on low-latency trading systems also write C++: the C++ roadmap."
    ),
    suggestions=("python", "data-scientist", "cpp"),
)

_SMALL_WEBSITE = GoalSense(
    key="small-website",
    title="A small website",
    phrases=(
        "website",
        "web site",
        "site",
        "homepage",
        "home page",
        "landing page",
        "webpage",
        "web page",
        "webpages",
        "web pages",
        "portfolio",
        "portfolio site",
        "portfolio website",
        # a blog is a small website (WordPress builds one without code), not the writing Technical Writer teaches
        "blog",
        "personal blog",
    ),
    topics=("how-the-web-works", "html", "css", "css-layout", "responsive-design", "seo-fundamentals", "github-pages"),
    not_covered=(
        "Would you rather not write code? WordPress builds such a site without it: the WordPress Developer roadmap. "
        "For an online shop or bookings, see Full-Stack Developer."
    ),
    suggestions=("html-css", "wordpress", "frontend"),
    alone=True,
    exact=True,
)

_MOBILE_GAMES = GoalSense(
    key="mobile-games",
    title="Mobile games",
    phrases=(
        "mobile game",
        "phone game",
        "games on my phone",
        "games for my phone",
        "android game",
        "ios game",
        "iphone game",
        "mobile gaming",
    ),
    # No engine of its own: Unity's fundamentals come with the 2D lessons that need them, so an engine the goal names
    # ("a mobile game in godot") takes their place.
    topics=(
        "game-dev-fundamentals",
        "2d-game-development",
        "game-input-handling",
        "game-ui",
        "game-performance-profiling",
        "game-build-release",
        "game-monetization-live-ops",
    ),
    not_covered="Publishing to the App Store and Google Play is covered in general terms only.",
    suggestions=("game-developer",),
)

_SHOPIFY = GoalSense(
    key="shopify",
    title="Web foundations for Shopify themes",
    phrases=(
        "shopify",
        "shopify theme",
        "shopify store",
        "shopify app",
        "liquid template",
        "ecommerce theme",
        "online store with shopify",
        "online shop with shopify",
        "store with shopify",
        "shop with shopify",
        "store on shopify",
        "shopify online store",
    ),
    topics=("html", "css", "css-layout", "responsive-design", "dom-manipulation"),
    not_covered=(
        "Shopify itself (Liquid templates, the theme architecture, Shopify CLI) is not in the catalog: this roadmap "
        "is the HTML, CSS and JavaScript every theme is made of; Shopify's developer documentation is the next step."
    ),
    suggestions=("html-css", "javascript", "frontend"),
)

_SAAS = GoalSense(
    key="saas",
    title="A SaaS product",
    # a startup's first product: "build my startup's mvp" makes the product (Full-Stack), where "mvp" alone, an alias
    # of Product discovery, is deciding what to build (Product Manager, UX Design)
    phrases=(
        *("saas", "saas product", "saas app", "micro saas", "software as a service", "web startup"),
        *("startup mvp", "startup product", "startup app", "mvp for my startup", "mvp for a startup"),
    ),
    roadmaps=("full-stack",),
    topics=("authentication", "online-payments", "fullstack-deployment"),
    not_covered=(
        "The business side (pricing, marketing, support) is not taught here; the Product Manager roadmap covers "
        "discovery and strategy."
    ),
    suggestions=("full-stack", "product-manager"),
)

_EXCEL_AUTOMATION = GoalSense(
    key="excel-automation",
    title="Automating spreadsheets with Python",
    phrases=(
        "automate excel",
        "excel automation",
        "automate spreadsheet",
        "spreadsheet automation",
        "automate google sheets",
        "python excel",
        "excel python",
        "automate excel with python",
        "excel with python",
        "python for excel",
        "excel reports",
        "automate excel reports",
        "automate reports",
        "excel macros",
    ),
    topics=("python-files-exceptions", "python-standard-library", "pandas", "spreadsheets-for-analysis"),
    not_covered=(
        "Excel's own macro language (VBA) is not in the catalog; openpyxl, the library that edits workbooks "
        "cell by cell, is a short read once you know pandas."
    ),
    suggestions=("python", "data-analyst"),
)

_CLI_TOOL = GoalSense(
    key="cli-tool",
    title="Command-line tools",
    phrases=("cli tool", "cli app", "cli application", "command line tool", "command line app", "terminal app"),
    topics=("python-functions-modules", "python-files-exceptions", "python-standard-library", "python-packaging-venvs"),
    not_covered="Prefer a single fast binary? Go and Rust each teach command-line tools in their roadmaps.",
    suggestions=("python", "go", "rust"),
)

_PYTHON_SCRIPTS = GoalSense(
    key="python-scripts",
    title="Automating tasks with Python scripts",
    phrases=(
        "python script",
        "python scripting",
        "automation scripts",
        "automate boring stuff",
        "automate the boring stuff",
        "automate tasks",
        "automate my work",
        # one's own job done by scripts, not test automation nor network automation (QA Engineer and Network
        # Engineer came first for "automate my job", and the generator read "job" as a first job in software)
        "automate my job",
        "automate my office job",
        "automate my office work",
        "automate office work",
        "automate office tasks",
        "automate my daily tasks",
        "automate repetitive tasks",
        "automate stuff at work",
        "automate things at work",
        "automate my tasks at work",
    ),
    topics=(
        "python-functions-modules",
        "python-files-exceptions",
        "python-standard-library",
        "regular-expressions",
        "web-data-collection",
    ),
    not_covered=(
        "Scripts that click through other programs' windows (desktop automation) are not in the catalog; files, text, "
        "the web and APIs are."
    ),
    suggestions=("python",),
    language=("python",),
)

# "automation" alone names no one thing: test automation, network automation, build automation. Said by a learner who
# knows testing ("6 years of experience in manual testing, want automation"), it is their field's: QA Engineer's
# automation of web tests and the design of a test framework (goals.py reads what the learner knows as the goal's
# field too: `by_known`). Anyone else is read as before: "automation" alone asks which roadmap.
_TEST_AUTOMATION = GoalSense(
    key="test-automation",
    title="Test automation",
    # "automation testing" too: one reading of both words, never Software testing fundamentals beside it, which the
    # tester knows
    phrases=("automation", "automation testing", "test automation", "automated testing"),
    topics=("e2e-web-automation", "test-automation-design"),
    suggestions=("qa-engineer",),
    within=("qa-engineer",),
    by_known=True,
)

_MINECRAFT = GoalSense(
    key="minecraft",
    title="Java for Minecraft mods",
    phrases=("minecraft", "minecraft mod", "minecraft plugin", "minecraft modding", "minecraft server plugin"),
    topics=("java-basics", "java-oop", "java-collections", "java-exceptions-logging", "java-generics"),
    not_covered=(
        "The modding toolchains (Fabric, NeoForge, or Paper for server plugins) and Minecraft's own code are not in "
        "the catalog: learn them from their documentation once you know Java, the language mods are written in."
    ),
    suggestions=("java",),
)

_ROBLOX = GoalSense(
    key="roblox",
    title="Roblox games",
    phrases=("roblox", "roblox game", "roblox studio", "luau"),
    not_covered=(
        "Roblox games are scripted in Luau inside Roblox Studio, which the catalog does not teach. The Game "
        "Developer roadmap teaches how games work and game design, which carry over."
    ),
    suggestions=("game-developer",),
    build=False,
)

_TECH_JOB = GoalSense(
    key="tech-job",
    title="A job in tech",
    phrases=(
        "job in tech",
        "tech job",
        "remote job in tech",
        "remote tech job",
        "job in IT",
        "career in tech",
        "tech career",
        "get into tech",
        "break into tech",
        "work in tech",
        "career change to tech",
        # the job words say it ("become a tech lead" is Technical leadership, no job in tech at large), or the move
        # into the industry does ("i want to go into tech", "a career in tech")
        "into tech",
        "in tech",
        "tech industry",
        # IT, the industry, said as learners say tech ("get into it" found nothing; "job in it" was read): written
        # "IT", a little word the phrase keeps ("career change to IT" without it was any career change)
        *("get into IT", "break into IT", "career in IT", "IT career", "work in IT", "career change to IT"),
        *("IT industry", "entry level tech job", "entry level job in tech"),
    ),
    not_covered=(
        "“A job in tech” does not say which job, and each has its own roadmap: choose one (the roadmaps for a first "
        "job in software say how long each takes to be job-ready), or answer the finder's four questions"
    ),
    suggestions=("frontend", "data-analyst", "qa-engineer"),
    build=False,
    choice=True,
)

#: A certification is an exam to prepare for, and the word alone does not say which: "certs" was read as Incident
#: response, whose alias "cert" names a CERT team, and "cloud certs" as Incident response with "“cloud” names a
#: whole field". Each is a choice among the roadmaps that prepare for such exams, never built: "aws certification"
#: (AWS), "kubernetes certification" (Kubernetes) and "ssl certs" (the TLS topic) are read by their own names.
_CERTIFICATION = GoalSense(
    key="certification",
    title="A certification",
    phrases=("certs", "cert", "certification", "certifications", "certificate", "certificates", "get certified"),
    not_covered=(
        "A “certification” is an exam, and the word alone does not say which: the catalog prepares for AWS's (the "
        "AWS roadmap), CompTIA Security+ (Cyber Security), Cisco's CCNA (Network Engineer), the CKA and CKAD "
        "(Kubernetes) and ISTQB (QA Engineer). Name the one you want, as in “aws certification”"
    ),
    suggestions=("aws", "cyber-security", "network-engineer", "kubernetes", "qa-engineer"),
    build=False,
    alone=True,
    only=True,
    choice=True,
    offered=True,
)

_CLOUD_CERTIFICATION = GoalSense(
    key="cloud-certification",
    title="A cloud certification",
    phrases=(
        *("cloud certs", "cloud cert", "cloud certification", "cloud certifications", "cloud certificate"),
        *("certification in cloud", "certifications in cloud", "cloud exam", "cloud exams", "cloud certified"),
    ),
    not_covered=(
        "A cloud “certification” is one cloud's exam: the AWS roadmap prepares for AWS's (Cloud Practitioner, then "
        "Solutions Architect Associate), and Cloud Engineer teaches AWS's with Azure's and Google Cloud's "
        "fundamentals, though not their exams in full. Choose one, or name the exam, as in “aws certification”"
    ),
    suggestions=("aws", "cloud-engineer"),
    build=False,
    choice=True,
    offered=True,
)

_SECURITY_CERTIFICATION = GoalSense(
    key="security-certification",
    title="A security certification",
    phrases=(
        *("security certs", "security cert", "security certification", "security certifications"),
        *("cyber security certification", "cybersecurity certification", "cyber security certs"),
        *("cybersecurity certs", "certification in security", "certification in cyber security"),
    ),
    not_covered=(
        "A security “certification” is an exam: Cyber Security prepares for CompTIA Security+ (the usual first one) "
        "and the blue team's (CySA+, BTL1), Penetration Tester for offensive ones such as the OSCP. Choose one, or "
        "name the exam, as in “comptia security+”"
    ),
    suggestions=("cyber-security", "penetration-tester"),
    build=False,
    choice=True,
    offered=True,
)

#: The exams a roadmap prepares for, as a certification beside its subject is said (goals._exam_note): "aws
#: certification" is AWS's; "python certification" is Python's roadmap, which prepares for no exam.
EXAMS: dict[str, str] = {
    "aws": "AWS's certifications (Cloud Practitioner, then Solutions Architect Associate)",
    "cyber-security": "CompTIA Security+",
    "network-engineer": "Cisco's CCNA",
    "kubernetes": "the CKA and CKAD",
    "qa-engineer": "the ISTQB Foundation exam",
}
#: Words that name a certification, left over beside a subject ("certification" of "python certification").
EXAM_WORDS = frozenset({"certification", "certifications", "certificate", "certificates", "cert", "certs", "certified"})

#: A move into tech that names where it goes ("switch careers from teaching to tech", "from retail to tech", "i'm a
#: nurse and want to switch to tech"): a job in tech, as "get into tech" is. "to tech" was read as nothing, so the goal
#: was "no roadmap named “careers”, “teaching”". Only when nothing else is read (`only`): "intro to tech writing" is
#: Technical writing, "switch to tech support" IT support.
_TECH_MOVE = replace(_TECH_JOB, key="tech-move", phrases=("to tech", "to the tech industry"), only=True)

_DEFEND = GoalSense(
    key="defend",
    title="Defending against attackers",
    phrases=(
        "protect from hackers",
        "protect against hackers",
        "defend against hackers",
        "defend from hackers",
        "secure from hackers",
        "secure against hackers",
        "keep hackers out",
        "keep hackers off",
        "keep safe from hackers",
        "safe from hackers",
        "stop hackers",
        "protect from cyber attacks",
        "protect against cyber attacks",
        "defend against cyber attacks",
    ),
    # "protect my company from hackers", "keep hackers out of my home network": what is defended, not a subject
    # "protect my small business from hackers": the business, its shop and its accounts are defended, no subject
    targets=(
        *("network", "wifi", "router", "server", "website", "site", "system", "data", "laptop", "pc", "phone"),
        *("business", "small business", "shop", "store", "startup", "office", "family", "computer", "email"),
        "accounts",
    ),
    target_phrases=("secure", "protect", "harden", "lock down", "defend"),
    roadmaps=("cyber-security",),
    not_covered=(
        "Read as defending systems against attackers: the foundations of Cyber Security, the defenders' roadmap. To "
        "attack systems with permission to find their holes first, write “pentester”."
    ),
    suggestions=("cyber-security", "devsecops", "penetration-tester"),
)

#: Who each first language suits, as "learn to code" and "not sure what to learn" say it: beside each choice.
_FIRST_LANGUAGES = (
    ("python", "reads closest to plain English and takes you from small scripts to data and AI"),
    ("javascript", "runs in every browser, so your first programs are web pages you can open"),
)

_LEARN_TO_CODE = GoalSense(
    key="learn-to-code",
    title="Learning to code",
    phrases=(
        "code",
        "coding",
        "programming",
        "learn to code",
        "learn coding",
        "learn programming",
        "start coding",
        "start programming",
        "coding for beginners",
        "programming for beginners",
        "how to code",
        "how to program",
        "teach myself to code",
        "teach myself programming",
    ),
    not_covered=(
        "“Learning to code” starts with one language, and whichever you pick teaches you to program: Python reads "
        "closest to plain English and takes you from small scripts to data and AI; JavaScript runs in every browser, "
        "so your first programs are web pages you can open. Choose one, or answer the finder's four questions to "
        "choose by what you want to make"
    ),
    suggestions=("python", "javascript", "computer-science"),
    build=False,
    alone=True,
    only=True,
    choice=True,
    suits=_FIRST_LANGUAGES,
    choosing=(
        "“Learning to code” starts with one language, and whichever you pick teaches you to program. Choose one, or "
        "answer the finder's four questions to choose by what you want to make"
    ),
)

#: AI with nothing else said ("ai", "learn ai", "get into ai", "artificial intelligence"): several roadmaps, each for
#: another learner, and the word alone does not say which. It built Machine Learning Engineer (the search's synonym
#: of "ai", and the roadmap's alias "artificial intelligence"), said with an Undo but chosen for the learner: the
#: maths-heavy way to train models, for one who may want to build on language models or use AI tools at work. Read
#: only when nothing else in the goal is (`only`, `alone`: its own words' reading aside): "learn python with ai", "a
#: chrome extension with ai", "a godot rpg with enemy ai" and "ai engineer" keep their own readings.
_AI = GoalSense(
    key="ai",
    title="Learning AI",
    phrases=(
        *("ai", "a.i.", "artificial intelligence", "learn ai", "get into ai", "ai career", "career in ai"),
        # a job in AI is one of these roadmaps' jobs ("i want a job in ai" was a first job in software, "ai" lost)
        *("job in ai", "ai job", "work in ai", "career in artificial intelligence"),
    ),
    not_covered=(
        "“AI” is several roadmaps, each for another learner: AI Engineer, for developers and career switchers who "
        "want to build products on language models through their APIs, no machine learning assumed; Machine "
        "Learning Engineer, for those who want to train and ship models of their own, with school-level algebra and "
        "some maths to work through; Data Scientist, for analysts and career switchers who want to answer questions "
        "with data, statistics and models; Prompt Engineering, for anyone who uses AI tools at work (writers, "
        "analysts, product managers) and wants dependable results, no programming at first. Choose one and say it in "
        "your goal, as in “ai engineer”, or answer the finder's four questions"
    ),
    suggestions=("ai-engineer", "machine-learning", "data-scientist", "prompt-engineering"),
    build=False,
    alone=True,
    only=True,
    choice=True,
    offered=True,
    suits=(
        (
            "ai-engineer",
            "for developers and career switchers who want to build products on language models through their APIs, "
            "no machine learning assumed",
        ),
        (
            "machine-learning",
            "for those who want to train and ship models of their own, with school-level algebra and some maths to "
            "work through",
        ),
        (
            "data-scientist",
            "for analysts and career switchers who want to answer questions with data, statistics and models",
        ),
        (
            "prompt-engineering",
            "for anyone who uses AI tools at work (writers, analysts, product managers) and wants dependable results, "
            "no programming at first",
        ),
    ),
    choosing=(
        "“AI” is several roadmaps, each for another learner. Choose one and say it in your goal, as in “ai engineer”, "
        "or answer the finder's four questions"
    ),
)

#: APIs with nothing else said ("apis", "learn apis", "i want to build apis", "rest apis", "api development"): two
#: roadmaps, and the word alone does not say which. "apis" was refused with mere mentions (API Design, ASP.NET Core,
#: Technical Writer), "rest apis" built the one topic REST API design and "api development" Backend Developer with API
#: Design, chosen for the learner. Read only when nothing else in the goal is (`only`, `alone`), so a goal naming a
#: framework, a kind of API or a job keeps its reading: "fastapi", "graphql api", "api testing", "api design", "api
#: developer", "build a rest api in python".
_APIS = GoalSense(
    key="apis",
    title="Learning APIs",
    # "learn", "build" and "make" before "apis" are read as the learning words they are ("i want to build apis")
    phrases=("api", "get into api", "rest api", "restful api"),
    not_covered=(
        "“APIs” can mean two roadmaps, each for another learner: API Design, for developers who can already build a "
        "small web backend and want to design APIs that other teams and the public rely on (resources, errors, "
        "versioning, OpenAPI contracts); Backend Developer, for beginners and career switchers who want to build the "
        "servers behind APIs, with their databases, authentication and deployment, no programming assumed. Choose one "
        "and say it in your goal, as in “api design” or “backend developer”, or answer the finder's four questions"
    ),
    suggestions=("api-design", "backend"),
    build=False,
    alone=True,
    only=True,
    choice=True,
    offered=True,
    suits=(
        (
            "api-design",
            "for developers who can already build a small web backend and want to design APIs that other teams and "
            "the public rely on (resources, errors, versioning, OpenAPI contracts)",
        ),
        (
            "backend",
            "for beginners and career switchers who want to build the servers behind APIs, with their databases, "
            "authentication and deployment, no programming assumed",
        ),
    ),
    choosing=(
        "“APIs” can mean two roadmaps, each for another learner. Choose one and say it in your goal, as in “api "
        "design” or “backend developer”, or answer the finder's four questions"
    ),
)

#: "api development" as written: its stems are those of "api developer", Backend Developer's alias and a job, which
#: keeps its reading.
_API_DEVELOPMENT = replace(
    _APIS,
    key="api-development",
    phrases=("api development", "apis development", "rest api development"),
    exact=True,
)

_WHAT_NEXT = GoalSense(
    key="what-next",
    title="What to learn next",
    # "find a job that would match my skills" read "match" as Rust's pattern matching; "what should i learn next" named
    # nothing: both ask which roadmap fits, which only the learner's answers can tell
    phrases=(
        "what should i learn",
        "what should i learn next",
        "what to learn next",
        "what next",
        "what comes next",
        "next step",
        "next steps",
        "what should i study",
        "which skill should i learn",
        "what skills should i learn",
        "match my skills",
        "matches my skills",
        "fits my skills",
        "better paying job",
        "higher paying job",
        "better job",
        "career change",
        "change careers",
        "change my career",
    ),
    not_covered=(
        "Which roadmap fits depends on what you want to reach, what you know and your time: answer the finder's four "
        "questions and it recommends three, each with the reason; or write what you want to build or become"
    ),
    build=False,
    alone=True,
    only=True,
    choice=True,
)

#: A learner who does not know yet what to learn ("i have no idea what to learn", "not sure where to start"): where
#: everyone starts, answered with the finder and the usual first languages, as "learn to code" is. It was read as
#: "no topic named “idea”", and "i don't know what to learn" offered Design System for "don't".
_UNDECIDED = GoalSense(
    key="undecided",
    title="Not sure what to learn yet",
    phrases=tuple(
        f"{unsure} {what}"
        for unsure in (
            *("no idea", "don't know", "dont know", "do not know", "not sure", "unsure", "no clue", "idk"),
            *("confused about", "confused", "can't decide", "cant decide", "undecided on", "lost on"),
        )
        for what in ("what to learn", "what to study", "where to start", "where to begin", "what to do")
    ),
    not_covered=(
        "Not knowing yet is where everyone starts. Answer the finder's four questions (what you want to make or "
        "become, what you know, your time and why) and it recommends three roadmaps, each with the reason. Or start "
        "where most beginners do, with one language: Python reads closest to plain English and takes you from small "
        "scripts to data and AI; JavaScript runs in every browser, so your first programs are web pages you can open."
    ),
    suggestions=("python", "javascript", "computer-science"),
    build=False,
    alone=True,
    only=True,
    choice=True,
    suits=_FIRST_LANGUAGES,
    choosing=(
        "Not knowing yet is where everyone starts. Answer the finder's four questions (what you want to make or "
        "become, what you know, your time and why) and it recommends three roadmaps, each with the reason. Or start "
        "where most beginners do, with one language."
    ),
)

#: A job named by no field ("how do i get my first dev job", "i want a remote job", "get a job"): which job is the
#: learner's choice, as "a job in tech" is, so each is said as read with the usual first jobs and the finder, never
#: "no roadmap named" (the search drops "job", so "dev job" was read as "dev", and nothing answered). Read only when
#: nothing else in the goal is (`alone`, `only`): "a first dev job in data" is the data field's jobs, "a remote
#: frontend developer job" Frontend Developer's.
_DEV_JOB = GoalSense(
    key="dev-job",
    title="A first developer job",
    phrases=(
        *("first dev job", "first developer job", "first programming job", "first coding job", "first software job"),
        *("first job as a developer", "first job as a programmer", "first job in software", "first dev role"),
        *("dev job", "developer job", "programming job", "coding job", "software job", "programmer job"),
        *("software development job", "job as a developer", "job as a programmer", "entry level dev job"),
    ),
    not_covered=(
        "Read as a first developer job, which does not say which kind, and each has its own roadmap up to the "
        "milestone where you can apply: most first developer jobs are on the web, as a Frontend Developer (what "
        "people see in the browser), a Backend Developer (servers, APIs and databases) or a Full-Stack Developer "
        "(both). Choose one and say it in your goal, as in “first frontend developer job”, or answer the finder's "
        "four questions."
    ),
    suggestions=("frontend", "backend", "full-stack"),
    build=False,
    alone=True,
    only=True,
    choice=True,
)

_REMOTE_JOB = GoalSense(
    key="remote-job",
    title="A remote job",
    phrases=(
        *("remote job", "remote dev job", "remote developer job", "remote programming job", "remote coding job"),
        *("remote position", "remote role", "work remotely", "working remotely", "work from home", "wfh job"),
    ),
    not_covered=(
        "Read as remote work, which says where you work, not which job: each job has its own roadmap (the roadmaps "
        "for a first job in software say how long each takes to be job-ready). Choose one and say it in your goal, "
        "as in “remote frontend developer job”, or answer the finder's four questions."
    ),
    suggestions=("frontend", "backend", "data-analyst"),
    build=False,
    alone=True,
    only=True,
    choice=True,
    choice_note=(
        "Remote work says where you work, not which job: remote jobs ask for the same skills as the others, so the "
        "field you choose decides what to learn."
    ),
)

_A_JOB = GoalSense(
    key="a-job",
    title="A first job in software",
    phrases=("job", "first job", "get hired", "entry level job", "job ready", "employed"),
    not_covered=(
        "Read as a first job in software, which does not say which job, and each has its own roadmap: choose one "
        "(the roadmaps for a first job in software say how long each takes to be job-ready), or answer the finder's "
        "four questions."
    ),
    suggestions=("frontend", "data-analyst", "qa-engineer"),
    build=False,
    alone=True,
    only=True,
    choice=True,
)

#: The jobs a promotion that names none is offered in, the jobs most developers hold first: the one general software
#: job, then the web's, mobile's, data's usual way in and operations'. The generator offered four of them and the
#: finder every role roadmap with a job-ready milestone (25, Cyber Security to Game Developer), two answers to one
#: question; a learner in another job names it ("get promoted as a QA Engineer"), and a field they name asks among
#: its own jobs (`scope.promotion_jobs`).
PROMOTION_JOBS = ("software-engineer", "backend", "frontend", "full-stack", "android", "ios", "data-analyst", "devops")

#: A promotion with no job named ("i want to get promoted", "get a promotion"): the next level of the job the learner
#: has, which only its roadmap says (`scope.read_scope` takes a role roadmap past its job-ready milestone when the
#: goal names one). It was read as Career development and engineering ladders, a manager's topic whose aliases list
#: "promotions". Read in place of that reading, and only when nothing else is (`only`): "get promoted to senior
#: backend engineer" is Backend Developer's.
_PROMOTION = GoalSense(
    key="promotion",
    title="A promotion",
    phrases=(
        *("get promoted", "getting promoted", "be promoted", "being promoted", "get a promotion", "a promotion"),
        *("earn a promotion", "next promotion", "promoted at work", "promotion at work"),
        # without a verb before it ("promoted to senior frontend developer"): the alias read it as Career development
        # beside the promotion, a manager's topics in Beginner phases first
        *("promoted to", "promotion to"),
        # becoming senior with no job named ("want to become senior", "i'm a junior dev and want to be senior"): the
        # next level of the job the learner has, as a promotion is; "senior" alone was not understood, and topics
        # that mention seniors (Managing managers, Threat modelling) were offered instead
        *("become senior", "becoming senior", "be senior", "get to senior", "reach senior", "make it to senior"),
        *("junior to senior", "senior level", "senior role", "senior position"),
    ),
    not_covered=(
        "Read as a promotion in the job you have, which does not say which job: a promotion is its next level, and "
        "each job's roadmap goes on past the milestone where you are hired to senior. Name it, as in “get promoted "
        "to senior backend engineer”, for what comes after that milestone, or answer the finder's four questions; to "
        "lead a team instead, Engineering Manager."
    ),
    suggestions=(*PROMOTION_JOBS, "engineering-manager"),
    build=False,
    only=True,
    choice=True,
    choice_note=(
        "A promotion is the next level of the job you have (junior to mid, mid to senior): the roadmaps of your "
        "job's field teach it after their job-ready milestone. To lead a team instead, Engineering Manager is the "
        "manager's route."
    ),
    # "i want to get promoted" was read as the manager's topic an alias names, and the finder answered Engineering
    # Manager: a learner may mean that route, so it is offered, not given
    alternative=("engineering-manager", "leading a team instead"),
)

#: A salary with no job named ("earn six figures", "i want a well paid job"): why the learner learns, not what
#: (`lexicon.FILLER` has its words); which job is theirs to choose, as "a better paying job" is (`_WHAT_NEXT`).
_SALARY = GoalSense(
    key="salary",
    title="A well-paid job",
    phrases=(
        *("six figures", "6 figures", "six figure", "6 figure", "six figure salary", "six figure job"),
        *("well paid job", "well paying job", "high paying job", "highest paying job", "high salary"),
        *("good salary", "big salary", "earn more", "earn more money", "make more money"),
        # pay as a comparison ("get a higher salary"): "higher" alone found higher-order functions
        *("higher salary", "better salary", "bigger salary", "higher pay", "better pay", "more pay"),
        *("higher paying job", "better paid job", "higher paid job"),
    ),
    not_covered=(
        "Read as a well-paid job, which says why, not which job: pay follows the job you reach and how far you go "
        "in it, and each job has its own roadmap, from the first lessons past the milestone where you can apply to "
        "senior. Answer the finder's four questions and it recommends three, each with the reason; or write the "
        "job you want."
    ),
    build=False,
    alone=True,
    only=True,
    choice=True,
    choice_note=(
        "Pay says why you learn, not what: it follows the job you reach and how far you go in it, so the field you "
        "choose decides what to learn."
    ),
)

_THREE_D_PRINTING = GoalSense(
    key="3d-printing",
    title="3D printing",
    phrases=("3d printing", "3d printer", "3d print", "3d modelling", "3d modeling", "cad", "fusion 360", "blender"),
    not_covered=(
        "3D printing, 3D modelling and CAD are not in the catalog, which teaches software development. Only if you "
        "want to build or program printers themselves (their firmware) does Embedded Systems help."
    ),
    suggestions=("embedded-systems",),
    build=False,
)


def _like(*products: str) -> tuple[str, ...]:
    """The ways learners say "an app like X" for each product X ("an app like uber", "an uber clone", "my own
    uber"); "like" is a stop word, so "app like uber" is matched as the words "app uber"."""
    return tuple(
        phrase
        for name in products
        for phrase in (
            f"app like {name}",
            f"apps like {name}",
            f"application like {name}",
            f"app similar to {name}",
            f"{name} clone",
            f"clone of {name}",
            f"own {name}",
            f"next {name}",
            f"{name} style app",
        )
    )


#: What an app like one of these products is in the catalog's terms: a mobile app built with React Native (one
#: JavaScript code base for iPhone and Android), with the catalog's topics for what the product does.
_MOBILE_APP_BASE = ("react-native-basics", "expo", "expo-router", "react-native-forms-input", "react-native-auth")
#: The same app in Flutter ("a flutter app like uber"): its widgets, navigation, forms, state and backend services.
_FLUTTER_APP_BASE = (
    "flutter-widgets",
    "flutter-layout",
    "flutter-navigation",
    "flutter-forms-input",
    "flutter-state-management",
    "flutter-firebase",
)


def _in_flutter(*topics: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...]:
    return ((("flutter",), (*_FLUTTER_APP_BASE, *topics), "Flutter"),)


#: The language a framework's roadmap is written in, as the topic that teaches it, by the roadmap's slug (an
#: `in_language` entry's): a goal naming the language ("a mobile app in swift", where "swift" is read as Swift basics,
#: no roadmap) names that path, and a learner who knows the language ("i only know dart") knows the way in, as one who
#: knows the framework does (goals._in_language, _entry_known).
LANGUAGE_TOPICS: dict[str, tuple[str, str]] = {
    "flutter": ("Dart", "dart-basics"),
    "android": ("Kotlin", "kotlin-basics"),
    "ios": ("Swift", "swift-basics"),
}


_RIDE_APP = GoalSense(
    key="ride-app",
    title="A ride-hailing or delivery app",
    phrases=(
        *_like("uber", "lyft", "bolt", "grab", "doordash", "uber eats", "deliveroo", "just eat", "instacart"),
        "taxi app",
        "ride sharing app",
        "ride hailing app",
        "rideshare app",
        "food delivery app",
        "delivery app",
    ),
    topics=(
        *_MOBILE_APP_BASE,
        "react-native-device-apis",
        "websockets",
        "push-notifications",
        "mobile-backend-services",
        "online-payments",
    ),
    in_language=_in_flutter("flutter-platform-integration", "websockets", "push-notifications", "online-payments"),
    not_covered=(
        "Read as the kind of app it is: a mobile app for iPhone and Android with the phone's location "
        "and maps, live updates over WebSockets, notifications and card payments. Not in the catalog: a maps SDK "
        "(Google Maps or Mapbox: routes, arrival times, addresses), matching riders or orders to drivers, pricing, "
        "and the separate driver app and dispatch system a real one runs; build a small version for one town first."
    ),
    suggestions=("react-native", "flutter", "backend"),
    language=("javascript",),
)

_PHOTO_APP = GoalSense(
    key="photo-app",
    title="A photo-sharing app",
    phrases=(
        *_like("instagram", "pinterest", "snapchat", "flickr", "vsco", "bereal"),
        "photo sharing app",
        "photo app",
        "picture sharing app",
    ),
    topics=(
        *_MOBILE_APP_BASE,
        "react-native-lists",
        "react-native-device-apis",
        "mobile-backend-services",
        "object-storage",
        "push-notifications",
    ),
    in_language=_in_flutter("flutter-platform-integration", "object-storage", "push-notifications"),
    not_covered=(
        "Read as the kind of app it is: a mobile app for iPhone and Android that takes or picks "
        "photos, uploads them to storage, shows a feed, and has accounts, follows and notifications. Not in the "
        "catalog: image filters and editing, ranking a feed, moderating what people post, and serving images to "
        "millions; build the feed for you and a few friends first."
    ),
    suggestions=("react-native", "flutter", "backend"),
    language=("javascript",),
)

_CHAT_APP = GoalSense(
    key="chat-app",
    title="A chat app",
    phrases=(
        *_like("whatsapp", "messenger", "signal", "imessage"),
        "chat app",
        "messaging app",
        "chat application",
        "messaging application",
    ),
    topics=(*_MOBILE_APP_BASE, "react-native-lists", "websockets", "push-notifications", "mobile-backend-services"),
    in_language=_in_flutter("websockets", "push-notifications"),
    not_covered=(
        "Read as the kind of app it is: a mobile app for iPhone and Android whose messages arrive live "
        "over WebSockets, with accounts and notifications. Not in the catalog: end-to-end encryption (the Signal "
        "protocol), voice and video calls (WebRTC), and delivering messages to millions of people."
    ),
    suggestions=("react-native", "flutter", "backend"),
    language=("javascript",),
)

_SOCIAL_APP = GoalSense(
    key="social-app",
    title="A social media app",
    phrases=(
        *_like("twitter", "facebook", "reddit", "tiktok", "threads", "linkedin", "bluesky"),
        "social media app",
        "social network",
        "social networking app",
        "social media platform",
    ),
    topics=(
        *_MOBILE_APP_BASE,
        "react-native-lists",
        "mobile-backend-services",
        "object-storage",
        "push-notifications",
        "websockets",
    ),
    in_language=_in_flutter("object-storage", "push-notifications", "websockets"),
    not_covered=(
        "Read as the kind of app it is: a mobile app for iPhone and Android with accounts, posts with "
        "pictures, a feed, follows, live updates and notifications. Not in the catalog: ranking and recommending "
        "posts, moderating them, and serving millions of people; build it for a small group first."
    ),
    suggestions=("react-native", "full-stack", "backend"),
    language=("javascript",),
)

_BOOKING_APP = GoalSense(
    key="booking-app",
    title="A booking platform",
    phrases=(
        *_like("airbnb", "booking com", "booking.com", "opentable", "calendly", "fiverr", "upwork", "etsy"),
        "booking app",
        "booking system",
        "booking website",
        "reservation system",
        "marketplace app",
        "marketplace website",
    ),
    roadmaps=("full-stack",),
    topics=("sql-basics", "authentication", "object-storage", "online-payments", "fullstack-deployment"),
    not_covered=(
        "Read as the kind of product it is: a web app where people list, search and book, with accounts, photos and "
        "card payments, the Full-Stack Developer roadmap's foundations in JavaScript. Not in the catalog: maps and "
        "location search (a maps SDK), paying out to hosts or sellers (Stripe Connect), reviews and trust, and "
        "calendars across time zones beyond the basics."
    ),
    suggestions=("full-stack", "backend"),
    language=("javascript",),
)

_STREAMING = GoalSense(
    key="streaming",
    title="A streaming service",
    phrases=(
        *_like("netflix", "youtube", "spotify", "twitch", "soundcloud", "disney plus"),
        "streaming app",
        "streaming service",
        "streaming platform",
        "streaming website",
        "video streaming",
        "music streaming",
    ),
    roadmaps=("full-stack",),
    topics=("sql-basics", "authentication", "object-storage", "online-payments", "caching", "fullstack-deployment"),
    not_covered=(
        "Read as the kind of product it is: a web app with accounts, a catalogue, uploads kept in object storage and "
        "paid subscriptions, the Full-Stack Developer roadmap's foundations. Not in the catalog: encoding video and "
        "audio, adaptive streaming (HLS or DASH), delivering it through a CDN, recommendations, and the licences "
        "behind the films or songs."
    ),
    suggestions=("full-stack", "backend"),
    language=("javascript",),
)

_GAME = GoalSense(
    key="game",
    title="Your first game",
    phrases=(
        "game",
        "games",
        "video game",
        "video games",
        "computer game",
        "pc game",
        "browser game",
        "rpg",
        "role playing game",
    ),
    roadmaps=("game-developer",),
    not_covered=(
        "Read as a game made with Unity and C#, the engine the catalog teaches (Unity also exports to the browser "
        "and phones); name another engine for its path (“a game with godot”, “a game in unreal engine”)."
    ),
    suggestions=("game-developer",),
    alone=True,
)

#: Both phone platforms, as learners name them: one app for both (`_BOTH_PLATFORMS`), or where a game runs.
_IPHONE_AND_ANDROID = (
    "iphone and android",
    "ios and android",
    "android and iphone",
    "android and ios",
    "both platforms",
)

_BOTH_PLATFORMS = GoalSense(
    key="both-platforms",
    title="One app for iPhone and Android",
    phrases=(
        *_IPHONE_AND_ANDROID,
        "cross platform",
        "crossplatform",
        "cross platform mobile",
        "cross platform app",
        "cross platform mobile app",
        "app for iphone and android",
        "app for ios and android",
        "app for android and iphone",
        "app for android and ios",
        "iphone and android app",
        "ios and android app",
        "mobile app for iphone and android",
        "mobile app for ios and android",
    ),
    topics=(*_MOBILE_APP_BASE, "mobile-backend-services", "app-store-publishing"),
    in_language=_in_flutter("flutter-platform-integration", "app-store-publishing"),
    not_covered=(
        "Read as one app for iPhone and Android from one code base: React Native (JavaScript), or Flutter (Dart) when "
        "you name it. To write each platform's own app instead, undo this reading: iOS Developer and Android "
        "Developer, two apps to build."
    ),
    suggestions=("react-native", "flutter", "ios", "android"),
    language=("javascript",),
    not_within=("game-developer",),
)

_GAME_ON_PHONES = GoalSense(
    key="game-on-phones",
    title="A game for iPhone and Android",
    phrases=_IPHONE_AND_ANDROID,
    topics=("game-build-release",),
    not_covered="“iPhone and Android” is where the game runs: the engine builds the one game for both.",
    suggestions=("game-developer",),
    within=("game-developer",),
    setting=True,
)

#: What a phone app's note says after the way it is built, whatever that way.
_MOBILE_APP_ELSE = (
    "For one platform write “iphone app” or “android app”, for an app in the browser “web app”. Pricing it, in-app "
    "purchases and marketing are not in the catalog."
)

_MOBILE_APP = GoalSense(
    key="mobile-app",
    title="A mobile app",
    phrases=(
        "app",
        "mobile app",
        "phone app",
        "smartphone app",
        "app for my phone",
        "mobile application",
        "apps and sell them",
    ),
    roadmaps=("react-native",),
    topics=("mobile-backend-services", "app-store-publishing"),
    # "i know flutter and want to build a mobile app": Flutter's foundations with its Firebase (goals._written_in);
    # "a mobile app in kotlin", "i know swift and want a mobile app": the one platform's own app, Android's or iOS's
    in_language=(
        (("flutter",), ("flutter-firebase", "app-store-publishing"), "Flutter"),
        (("android", "kotlin"), ("mobile-backend-services", "app-store-publishing"), "Kotlin for Android"),
        (("ios", "swiftui"), ("mobile-backend-services", "app-store-publishing"), "Swift for iOS"),
    ),
    not_covered=(
        "Read as a phone app, built with React Native (JavaScript), or with Flutter (Dart), Kotlin (Android only) or "
        "Swift (iPhone only) when your goal names it or you know it: React Native and Flutter make one app for "
        "iPhone and Android; its data lives in a ready-made backend (Firebase or Supabase) and it ends on the App "
        f"Store and Google Play. {_MOBILE_APP_ELSE}"
    ),
    way_notes=(
        (
            "flutter",
            "Read as a phone app, built with Flutter (Dart): one app for iPhone and Android from one code base, its "
            "data in a ready-made backend (Firebase), ending on the App Store and Google Play. "
            f"{_MOBILE_APP_ELSE}",
        ),
        (
            "android",
            "Read as a phone app, built with Kotlin for Android only (Jetpack Compose); for iPhone too, Flutter or "
            "React Native make one app for both. Its data lives in a ready-made backend (Firebase or Supabase) and "
            "it ends on Google Play. Pricing it, in-app purchases and marketing are not in the catalog.",
        ),
        (
            "ios",
            "Read as a phone app, built with Swift for iPhone only (SwiftUI); for Android too, Flutter or React "
            "Native make one app for both. Its data lives in a ready-made backend (Firebase or Supabase) and it ends "
            "on the App Store. Pricing it, in-app purchases and marketing are not in the catalog.",
        ),
    ),
    suggestions=("react-native", "flutter", "ios", "android"),
    # React Native named ("a mobile app in react native") is what it is built with too, never a second subject
    language=("javascript", "react-native"),
    alone=True,
)

#: How learners name a web app written in a language: after "in" or "with" ("build a web app in rust", "a website
#: with go"), and before its name ("rust web backend", "golang web app").
_WEB_APP_IN = (
    *("web app in {}", "web apps in {}", "web app with {}", "web apps with {}", "webapp in {}"),
    *("web application in {}", "web applications in {}", "web application with {}"),
    *("website in {}", "websites in {}", "website with {}", "web development in {}", "web dev in {}"),
)
_WEB_BACKEND_IN = ("web backend in {}", "web backends in {}", "backend in {}", "backends in {}")
_NAME_WEB_APP = ("{} web app", "{} web apps", "{} webapp", "{} web application", "{} web applications")
_NAME_WEB_BACKEND = ("{} web backend", "{} web backends", "{} backend development")
#: "go backend": the language's backend for a name that is also a verb, which "go web development" could not say. The
#: phrase steps over little words, so "rust and backend" (two roadmaps listed) would read it too: for Go only.
_VERB_BACKEND = ("{} backend", "{} backends")
_NAME_WEBSITE = ("{} website", "{} web development", "{} web dev")


def _web_app_in(
    slug: str,
    names: tuple[str, ...],
    topics: tuple[str, ...],
    not_covered: str,
    *,
    backend: bool = True,
    website: bool = True,
    verb: bool = False,
) -> GoalSense:
    """A web app with its server written in a language ("build a web app in rust", "a web app in go"): the language up
    to what a web service's code uses (`topics`, with the web topics), its own title ("A web app in Rust") and note.
    Read as the language with "web" only a field, "build a web app in rust" was "Rust up to your first app", its phases
    1-3 with no web content; "a web app in go" was the JavaScript Full-Stack path, "go" left unread after "in".
    `backend` (default True) also reads "backend in {}" and "{} web backend" as it, which a language whose
    "python backend" is a catalog alias (Backend Developer) leaves to the catalog; `website` (default True) "{} website"
    and "{} web development" ("python web development" is the Django roadmap's alias); `verb`, for a name that is also a
    verb ("go"), reads it before "web app" or "backend" only ("go backend", "go web app"), never before "website" or
    "web development", which "go" as the verb could start."""
    forms = (*_WEB_APP_IN, *(_WEB_BACKEND_IN if backend else ()), *_NAME_WEB_APP)
    forms += (*(_NAME_WEB_BACKEND if backend else ()), *(_NAME_WEBSITE if website else ()))
    short = (*_WEB_APP_IN, *(_WEB_BACKEND_IN if backend else ()), *_NAME_WEB_APP, *_NAME_WEB_BACKEND[:2])
    forms += _VERB_BACKEND if verb else ()
    short += _VERB_BACKEND
    return GoalSense(
        key=f"{slug}-web-app",
        title=f"A web app in {names[0].capitalize()}",
        phrases=tuple(
            form.format(name) for i, name in enumerate(names) for form in (short if verb and i == 0 else forms)
        ),
        topics=topics,
        not_covered=not_covered,
        suggestions=(slug, "backend", "frontend"),
        language=(slug,),
    )


#: A web app written in Rust ("build a web app in rust", "rust web backend"): the language up to what a web service's
#: code uses, then the web backend topics the catalog teaches, with axum and SQLx. "web backend in rust" was Backend
#: Developer's foundations beside Rust's, in JavaScript-free generality.
_RUST_WEB_APP = _web_app_in(
    "rust",
    ("rust",),
    (
        *("rust-error-handling", "rust-cargo-modules", "rust-collections-iterators", "rust-traits-generics"),
        *("how-the-web-works", "http", "rest-api-design", "sql-basics", "rust-web-services", "authentication"),
    ),
    "Read as a web app with its server written in Rust: the language up to what a web service's code uses, then how "
    "the web works, HTTP, REST API design, SQL, authentication and the common Rust web stack (axum on Tokio, with "
    "SQLx for the database). The pages people see are HTML, CSS and JavaScript, which the Frontend Developer roadmap "
    "teaches; Rust front ends compiled to WebAssembly (Leptos, Yew) are not in the catalog.",
)

#: A web app written in Python ("build a web app in python", "python web app"): Python up to classes, the web's
#: basics and SQL, then Django's models, templates, forms, users and static files, the catalog's framework for whole
#: sites in Python (its Django roadmap is what "python web development" names). It was "Python up to your first app",
#: phases 1-4 ending in pandas, with "web" noted as a field and dropped.
_PYTHON_WEB_APP = _web_app_in(
    "python",
    ("python",),
    (
        *("python-data-structures", "python-functions-modules", "python-files-exceptions", "python-oop"),
        *("python-packaging-venvs", "how-the-web-works", "http", "sql-basics", "django", "django-templates"),
        *("django-models-migrations", "django-orm-queries", "django-forms", "django-auth", "django-static-media"),
    ),
    "Read as a web app with its server written in Python, with Django, the catalog's Python framework for whole "
    "sites: Python up to classes, then how the web works, HTTP, SQL, and Django's models, templates, forms, users and "
    "static files. For an API with no pages of its own write “fastapi” (FastAPI is in the catalog; Flask is not "
    "taught on its own); for all of Django write “django”. The pages' own styling and scripts are HTML, CSS and "
    "JavaScript, which the Frontend Developer roadmap teaches.",
    backend=False,  # "python backend" is the catalog's alias of Backend Developer
    website=False,  # "python web development", "python web developer": the Django roadmap's aliases
)

#: A web app written in Go ("a web app in go", "go backend", "golang web app"): Go up to what a web service's code
#: uses, then the web backend topics with net/http and database/sql. "a web app in go" was the JavaScript Full-Stack
#: path, "go" never read after "in"; "go backend" was the whole Go roadmap beside Backend Developer's (898 h).
_GO_WEB_APP = _web_app_in(
    "go",
    ("go", "golang"),
    (
        *("go-error-handling", "go-modules", "go-standard-library", "go-testing", "go-context"),
        *("how-the-web-works", "http", "rest-api-design", "sql-basics", "go-net-http", "go-database-sql"),
        "authentication",
    ),
    "Read as a web app with its server written in Go: the language up to what a web service's code uses, then how "
    "the web works, HTTP, REST API design, SQL, authentication and Go's own web stack (net/http and its ServeMux, "
    "with database/sql, pgx and sqlc for the database; Gin, Echo and chi are taught with it). The pages people see "
    "are HTML, CSS and JavaScript, which the Frontend Developer roadmap teaches.",
    verb=True,  # "go" is also the verb: "go backend", "a web app in go", never "go web development"
)

_WEB_APP = GoalSense(
    key="web-app",
    title="A web app",
    phrases=("web app", "web application", "webapp", "web apps"),
    roadmaps=("full-stack",),
    topics=("sql-basics", "authentication", "fullstack-deployment"),
    not_covered=(
        "Read as an app people use in the browser, built with JavaScript end to end (React in front, Node.js "
        "behind, a SQL database), the Full-Stack Developer roadmap's foundations; for a phone app write "
        "“mobile app”."
    ),
    suggestions=("full-stack", "frontend", "backend"),
    language=("javascript",),
    alone=True,
    other_languages=(_RUST_WEB_APP, _PYTHON_WEB_APP, _GO_WEB_APP),  # "i know rust and want to build a web app"
)

#: The same web app with JavaScript named ("a web app in javascript", "js web app"): read as the usual path, said so.
#: `_WEB_APP` reads only a goal naming nothing else, so with "javascript" beside it "web" was a field and the goal the
#: JavaScript roadmap up to a first app; the words a learner who knows Rust is told to write for the JavaScript path.
_JAVASCRIPT_WEB_APP = replace(
    _WEB_APP,
    key="javascript-web-app",
    phrases=tuple(
        form.format(name)
        for name in ("javascript", "js")
        for form in (*_WEB_APP_IN, *_NAME_WEB_APP, "full stack web app in {}", "{} full stack web app")
    ),
    alone=False,
    other_languages=(),
)

_ONLINE_SHOP = GoalSense(
    key="online-shop",
    title="An online shop",
    phrases=(
        "ecommerce",
        "e-commerce",
        "ecommerce website",
        "ecommerce site",
        "ecommerce store",
        "online shop",
        "online store",
        "web shop",
        "webshop",
        "web store",
        "shopping website",
        "shopping site",
        "sell products online",
        "sell my products online",
        "sell online",
        *(
            f"{kind} like {shop}"
            for shop in ("amazon", "ebay", "etsy", "shein", "temu")
            for kind in ("website", "site")
        ),
        "amazon clone",
        "ebay clone",
        "etsy clone",
        "sell stuff online",
        "sell things online",
        "website to sell",
        "site to sell",
        "woocommerce store",
    ),
    in_language=(
        (
            ("react", "nextjs", "nodejs", "javascript", "typescript", "vue", "angular", "full-stack"),
            (
                "react",
                "nodejs-basics",
                "backend-frameworks",
                "rest-api-design",
                "sql-basics",
                "authentication",
                "online-payments",
                "web-security-owasp",
                "fullstack-deployment",
            ),
            "JavaScript (React and Node.js), coded from scratch instead of WordPress",
        ),
    ),
    topics=(
        "html",
        "css",
        "responsive-design",
        "wordpress-basics",
        "wordpress-block-themes",
        "woocommerce-basics",
        "online-payments",
        "wordpress-security",
        "web-security-owasp",
    ),
    not_covered=(
        "Read as a store you run: the web basics, a shop platform (WordPress with WooCommerce, the one the catalog "
        "teaches, or React and Node.js when your goal names them), card payments and keeping customers' data "
        "safe. Shopify is not in the catalog (write “shopify store” for the web foundations its themes are made "
        "of). Shipping, taxes, product photos and marketing are not taught."
    ),
    suggestions=("wordpress", "full-stack", "html-css"),
)

_CLIENT_WEBSITES = GoalSense(
    key="client-websites",
    title="Building websites for clients",
    purpose="freelance",
    phrases=(
        "money websites",
        "websites for money",
        "websites for clients",
        "website for clients",
        "websites for people",
        "websites for small businesses",
        "websites for local businesses",
        "freelance websites",
        "freelance web developer",
        "freelance web development",
        "freelance web design",
        "freelance web designer",
        "sell websites",
        "web design business",
        "web agency",
    ),
    topics=(
        "how-the-web-works",
        "html",
        "css",
        "css-layout",
        "responsive-design",
        "web-accessibility",
        "seo-fundamentals",
        "wordpress-basics",
        "wordpress-block-editor",
        "wordpress-block-themes",
        "wordpress-security",
        "wordpress-hosting-operations",
    ),
    not_covered=(
        "Read as making sites for paying clients: most small businesses' sites are WordPress, taught here with the "
        "HTML and CSS under it, search visibility and hosting (for a client's shop add “online shop” to your goal). "
        "Finding clients, pricing, contracts and invoicing are not in the catalog; for custom web apps for clients, "
        "see Full-Stack Developer."
    ),
    suggestions=("wordpress", "html-css", "full-stack"),
)

#: Earning with code, no thing or skill named: most who start earn it building sites for clients, as "websites for
#: money" reads; a goal that names a skill or a thing to make ("make money coding in python", "make money coding apps")
#: is that, for money (`alone`, `only`).
_CODING_INCOME = replace(
    _CLIENT_WEBSITES,
    key="coding-income",
    phrases=(
        "money coding",
        "money online coding",
        "money programming",
        "money online programming",
        "money home coding",
        "money home programming",
        "money programmer",
        "money writing code",
        "coding for money",
        "programming for money",
        "coding side hustle",
        "side hustle coding",
        "freelance coding",
        "freelance programming",
        "freelance programmer",
    ),
    not_covered=(
        "Read as the commonest way to start earning with code: making websites for paying clients. Most small "
        "businesses' sites are WordPress, taught here with the HTML and CSS under it, search visibility and hosting. "
        "Finding clients, pricing, contracts and invoicing are not in the catalog. Another way to earn (a job, apps, "
        "data work for clients) has its own roadmap: name it in your goal, as in “make money with python”."
    ),
    alone=True,
    only=True,
)

_GODOT = GoalSense(
    key="godot",
    title="Godot games",
    phrases=("godot", "godot engine", "godot game", "godot games", "game in godot", "godot 4", "gdscript"),
    topics=(
        "game-dev-fundamentals",
        "game-design-fundamentals",
        "game-engine-choice",
        "python-functions-modules",
        "python-oop",
        "godot-fundamentals",
        "game-math",
        "game-affine-transforms",
        "collision-detection",
        "game-physics-collisions",
        "game-animation",
    ),
    not_covered=(
        "The catalog teaches Godot's fundamentals (nodes and scenes, signals, GDScript) after Python, whose syntax "
        "GDScript follows closely (after C#, Godot's other language, when your goal names it or you know C# and not "
        "Python), with what carries "
        "over to any engine (how games work, game design, game maths, collisions and physics, animation), naming "
        "Godot's own nodes and settings beside Unity's where the engines differ. The catalog's later engine lessons "
        "use Unity, so learn the rest of Godot's tools from Godot's own documentation, starting with “Your first 2D "
        "game”."
    ),
    suggestions=("game-developer", "python"),
    language=("python",),  # GDScript's syntax follows Python's: the path for a learner who names no language
    in_language=(
        (
            ("csharp",),
            (
                "game-dev-fundamentals",
                "game-design-fundamentals",
                "game-engine-choice",
                "csharp-oop",
                "csharp-delegates-lambdas",
                "godot-fundamentals",
                "game-math",
                "game-affine-transforms",
                "collision-detection",
                "game-physics-collisions",
                "game-animation",
            ),
            "C# (Godot .NET)",
        ),
    ),
    instead=(("unity-fundamentals", "godot-fundamentals"), ("csharp-delegates-lambdas", "godot-fundamentals")),
)

_UNREAL = GoalSense(
    key="unreal",
    title="C++ games with Unreal Engine",
    phrases=(
        "unreal",
        "unreal engine",
        "unreal engine 5",
        "ue5",
        "unreal game",
        "unreal engine game",
        "game in unreal",
        "game in unreal engine",
        "games in unreal engine",
        "c++ game development",
        "c++ for game development",
        "c++ for games",
        "c++ games",
        "game development in c++",
        "game dev in c++",
        "games in c++",
        "game in c++",
    ),
    topics=(
        "game-dev-fundamentals",
        "game-design-fundamentals",
        "cpp-syntax-types",
        "cpp-functions",
        "cpp-classes",
        "cpp-raii",
        "cpp-stl-containers",
        "game-math",
        "collision-detection",
        "game-physics-collisions",
        "3d-game-development",
        "unreal-engine-fundamentals",
        "unreal-cpp-gameplay",
    ),
    not_covered=(
        "This is C++ and Unreal Engine, without the Game Developer roadmap's Unity and C# phases. Blueprints, "
        "Unreal's visual scripting, are learnt in the editor alongside; writing your own engine goes further (the "
        "Game Developer roadmap's engine architecture)."
    ),
    suggestions=("game-developer", "cpp"),
    language=("cpp",),
    instead=(("unity-fundamentals", "unreal-engine-fundamentals"), ("csharp-delegates-lambdas", "cpp-functions")),
    as_typed=("unreal",),  # "unrelated to games" was read as “unreal game”
)

#: What every first game takes, whatever engine or language it is made with: how games work, game design, choosing
#: the engine or framework (its stack variants name the one for each language: Bevy for Rust, Phaser for
#: JavaScript), game maths, collisions and physics, and animation.
_FIRST_GAME = (
    "game-dev-fundamentals",
    "game-design-fundamentals",
    "game-engine-choice",
    "game-math",
    "game-affine-transforms",
    "collision-detection",
    "game-physics-collisions",
    "game-animation",
)


def _game_in(
    slug: str,
    names: tuple[str, ...],
    title: str,
    topics: tuple[str, ...],
    framework: str,
    *,
    verb: bool = False,
    frameworks: tuple[str, ...] = (),
) -> GoalSense:
    """A game written in a language no engine the catalog teaches is scripted in ("make a game in rust"): the
    language up to what a game's code uses (`topics`), then what every first game takes (`_FIRST_GAME`), and the
    language's own game framework, which the catalog does not teach, said by name (`framework`: the sentence). Read as
    the language with "game" only a field, "make a game in rust" was "Rust up to your first game": Rust's phases 1-3,
    none of which makes a game. The catalog's engine lessons that need Unity (2D games, input, UI) come with the
    choice of engine instead (`instead`), and its C# events with the language's own topic. A name that is also a
    verb (`verb`: "go") is read only after "in" or "with": "go make games in godot" is no game in Go. The
    language's game engines and frameworks the catalog does not teach (`frameworks`: "bevy", "pygame") name this path
    too, alone or with "game": a learner who writes "make a game with bevy" or "learn bevy" means a game in Rust with
    Bevy; read otherwise, "bevy" was the topic that lists it as an alias (The Rust crate ecosystem by domain, 50 h of
    crates) and "game" only a field, and "pygame" a word for nothing beside the Unity path. Their names are read only
    as typed (`GoalSense.as_typed`): "phase" and "phases" are a slip away from "phaser", and "backend phase 3" was
    read as “phaser 3”, a game in JavaScript."""
    forms: tuple[str, ...] = ("game in {}", "games in {}", "game with {}", "games with {}", "game dev in {}")
    forms += ("game development in {}",)
    forms += ("game written in {}", "games written in {}", "rpg in {}", "rpg with {}")
    own: tuple[str, ...] = ("{} game", "{} games", "{} game development", "{} gamedev", "{} game dev")
    if not verb:
        forms += own
    named = (*dict.fromkeys((*forms, *own)), "{}", "{} framework")  # no framework's name is a verb
    phrases = tuple(form.format(name) for name in names for form in forms)
    framework_names = tuple(f"{name}{engine}" for name in frameworks for engine in ("", " engine"))
    phrases += tuple(form.format(name) for name in framework_names for form in named)
    # both named, one reading: "a game in rust with bevy" was Games in Rust beside Bevy's alias, the crates topic
    both = ("game in {} with {}", "games in {} with {}", "{} game with {}", "{} games with {}")
    phrases += tuple(form.format(name, framework) for name in names for framework in frameworks for form in both)
    return GoalSense(
        key=f"{slug}-games",
        title=title,
        phrases=phrases,
        topics=(*topics, *_FIRST_GAME),
        not_covered=(
            f"Read as a game written in {title.removeprefix('Games in ')}: the language up to what a game's code uses, "
            "then what every first game takes (how games work, game design, game maths, collisions and physics, "
            f"animation) and choosing an engine or framework. {framework} The catalog's engine lessons use Unity "
            "and C#: the Game Developer roadmap."
        ),
        suggestions=(slug, "game-developer"),
        language=(slug,),
        instead=tuple(
            (theirs, ours)
            for theirs, ours in (("unity-fundamentals", "game-engine-choice"), ("csharp-delegates-lambdas", topics[-1]))
            if theirs != ours  # a game in C# keeps C#'s events: they are its own
        ),
        gives_way=("godot", "unity", "unreal"),  # an engine named is the game's: "a game in python with godot"
        as_typed=tuple(dict.fromkeys(name.split()[0] for name in frameworks)),  # "phase" is no misspelt Phaser
    )


_RUST_GAMES = _game_in(
    "rust",
    ("rust",),
    "Games in Rust",
    ("rust-cargo-modules", "rust-collections-iterators", "rust-traits-generics"),
    "Bevy, Rust's game engine (or macroquad, smaller, for a first 2D game), is not in the catalog: its own book is "
    "the next step once you have these.",
    frameworks=("bevy", "macroquad"),
)
_PYTHON_GAMES = _game_in(
    "python",
    ("python",),
    "Games in Python",
    ("python-data-structures", "python-functions-modules", "python-oop"),
    "pygame, the library most first Python games are made with, is not in the catalog: its documentation's "
    "tutorials are the next step. For a bigger game, Godot's GDScript reads like Python: write “a game in godot” for "
    "that path.",
    frameworks=("pygame",),
)
_JAVASCRIPT_GAMES = _game_in(
    "javascript",
    ("javascript", "js", "typescript", "ts", "html5", "html"),
    "Games in JavaScript",
    ("javascript-arrays-iteration", "javascript-modules", "dom-manipulation", "javascript-classes"),
    "Drawing on a canvas (the Canvas API) and Phaser, the framework most browser games are made with, are not in the "
    "catalog: their documentation is the next step.",
    frameworks=("phaser", "phaser 3", "phaser js"),
)
_JAVA_GAMES = _game_in(
    "java",
    ("java",),
    "Games in Java",
    ("java-collections", "java-oop"),
    "libGDX, the framework most Java games are made with, is not in the catalog: its wiki is the next step.",
    frameworks=("libgdx",),
)
_GO_GAMES = _game_in(
    "go",
    ("go", "golang"),
    "Games in Go",
    ("go-modules", "go-slices-maps", "go-structs-interfaces"),
    "Ebitengine, Go's 2D game engine, is not in the catalog: its tour is the next step.",
    verb=True,
    frameworks=("ebitengine", "ebiten"),
)

#: MonoGame, a C# framework: the language the catalog's Unity path is scripted in, without Unity. No name of a
#: language reads it ("a game in c#" is Unity's path, the engine most C# games are made with); only MonoGame's does.
_CSHARP_GAMES = _game_in(
    "csharp",
    (),
    "Games in C#",
    ("dotnet-collections-generics", "csharp-oop", "csharp-delegates-lambdas"),
    "MonoGame, the framework you named, is not in the catalog (its lessons use Unity, an engine with an editor): "
    "MonoGame's own getting-started guide is the next step once you have these.",
    frameworks=("monogame", "xna"),
)

#: Game frameworks in languages the catalog has no roadmap for: said plainly, with the nearest help, never read as
#: the Unity path with the framework's name as "what it is for".
_RAYLIB = GoalSense(
    key="raylib",
    title="Games with raylib",
    phrases=("raylib", "raylib game", "raylib games", "game with raylib", "games with raylib", "game in raylib"),
    not_covered=(
        "raylib and the C language it is written for are not in the catalog. Its C++ roadmap covers the syntax and "
        "memory model raylib's C code shares (raylib works from C++ too), and Game Developer what every game takes; "
        "raylib's own examples are the next step."
    ),
    suggestions=("cpp", "game-developer"),
    build=False,
    as_typed=("raylib",),
)
_LOVE2D = GoalSense(
    key="love2d",
    title="Games with LÖVE",
    phrases=(
        "love2d",
        "love2d game",
        "love2d games",
        "game with love2d",
        "games with love2d",
        "game in love2d",
        "game in lua",
        "games in lua",
        "lua game",
        "lua games",
    ),
    not_covered=(
        "LÖVE (love2d) and Lua, the language its games are written in, are not in the catalog. Game Developer "
        "teaches what every game takes with Unity and C#; for a small scripting language close at hand, Godot's "
        "GDScript is the nearest path here (write “a game in godot”)."
    ),
    suggestions=("game-developer",),
    build=False,
    as_typed=("love2d",),  # "love 2d" is not a phrase: "i love 2d games" is no LÖVE
)


# Everyday words that name a game topic in a goal about games (`within`): "ai" is the game's enemies, not machine
# learning, "publish" is putting the game out, not a documentation site, "ui" the game's menus, not UX design.
_GAME_AI = GoalSense(
    key="game-ai",
    title="Game AI and pathfinding",
    phrases=(
        "ai",
        "enemy ai",
        "ai enemies",
        "npc ai",
        "ai npcs",
        "enemy behaviour",
        "enemy behavior",
        "ai opponents",
    ),
    topics=("game-ai-pathfinding",),
    suggestions=("game-developer",),
    within=("game-developer",),
)

_GAME_RELEASE = GoalSense(
    key="game-release",
    title="Building and releasing games",
    phrases=("publish", "release"),
    topics=("game-build-release",),
    suggestions=("game-developer",),
    within=("game-developer",),
)

# "Publish" is read by what is published: a game is put out on a store (above); documentation is hosted, a Python
# package goes to PyPI and a JavaScript one to npm. A goal that names the package or library (`objects`) publishes
# it; else the one tied to fewer roadmaps wins, then the first listed ("publish my python game": the game; "publish
# python docs": the docs). A goal about none of them keeps the everyday reading through the catalog's aliases. The
# language a package is written in (`language`) is what publishing it builds on, not a second subject: "publish a
# python library" is packaging and PyPI, as "publish a python package" is, not the whole Python roadmap beside it.
_DOCS_RELEASE = GoalSense(
    key="docs-release",
    title="Publishing documentation",
    phrases=("publish", "release"),
    topics=("docs-publishing-platforms",),
    suggestions=("technical-writer",),
    within=("technical-writer",),
)

_PYTHON_PACKAGE_RELEASE = GoalSense(
    key="python-package-release",
    title="Packaging and publishing Python packages",
    phrases=("publish", "release", "upload"),
    topics=("python-packaging-venvs",),
    suggestions=("python",),
    within=("python",),
    objects=("package", "library", "module"),
    language=("python",),  # "publish a python library": what publishing needs, not the whole Python roadmap
)

_NPM_PACKAGE_RELEASE = GoalSense(
    key="npm-package-release",
    title="Publishing npm packages",
    phrases=("publish", "release"),
    topics=("npm-package-management",),
    suggestions=("javascript", "nodejs"),
    within=("javascript", "nodejs", "typescript"),
    objects=("package", "library", "module"),
    # what the package is written in or runs on ("my typescript library", "a node package") is not a second subject
    language=("javascript", "typescript", "nodejs"),
)

_GAME_UI = GoalSense(
    key="game-ui",
    title="Game UI and menus",
    phrases=("ui", "user interface"),
    topics=("game-ui",),
    suggestions=("game-developer",),
    within=("game-developer",),
)


SENSES: tuple[GoalSense, ...] = (
    _BROWSER_EXTENSION,
    _EDITOR_EXTENSION,
    _CHAT_PLATFORM_BOT,
    _AI_CHATBOT,
    _OWN_LLM,
    _MAKER_BOARDS,
    _RAG_APP,
    _LLM_APP,
    _WITH_AI,
    _CODING_WITH_AI,
    _OWN_LANGUAGE,
    _ROBOT,
    _RASPBERRY_PI,
    _HOME_AUTOMATION,
    _UNITY,
    _QUANT,
    _SMALL_WEBSITE,
    _MOBILE_GAMES,
    _SHOPIFY,
    _SAAS,
    _EXCEL_AUTOMATION,
    _CLI_TOOL,
    _PYTHON_SCRIPTS,
    _TEST_AUTOMATION,
    _MINECRAFT,
    _ROBLOX,
    _TECH_JOB,
    _TECH_MOVE,
    _CERTIFICATION,
    _CLOUD_CERTIFICATION,
    _SECURITY_CERTIFICATION,
    _DEFEND,
    _LEARN_TO_CODE,
    _AI,
    _APIS,
    _API_DEVELOPMENT,
    _WHAT_NEXT,
    _UNDECIDED,
    _DEV_JOB,
    _REMOTE_JOB,
    _A_JOB,
    _PROMOTION,
    _SALARY,
    _THREE_D_PRINTING,
    _RIDE_APP,
    _PHOTO_APP,
    _CHAT_APP,
    _SOCIAL_APP,
    _BOOKING_APP,
    _STREAMING,
    _GAME,
    _BOTH_PLATFORMS,
    _GAME_ON_PHONES,
    _MOBILE_APP,
    _WEB_APP,
    _JAVASCRIPT_WEB_APP,
    _RUST_WEB_APP,
    _PYTHON_WEB_APP,
    _GO_WEB_APP,
    _ONLINE_SHOP,
    _CLIENT_WEBSITES,
    _CODING_INCOME,
    _GODOT,
    _UNREAL,
    _RUST_GAMES,
    _PYTHON_GAMES,
    _JAVASCRIPT_GAMES,
    _JAVA_GAMES,
    _GO_GAMES,
    _CSHARP_GAMES,
    _RAYLIB,
    _LOVE2D,
    _GAME_AI,
    _GAME_RELEASE,
    _DOCS_RELEASE,
    _PYTHON_PACKAGE_RELEASE,
    _NPM_PACKAGE_RELEASE,
    _GAME_UI,
)

#: A job in a whole field ("a job in data", "a career in security"): the field's first jobs, each with its own roadmap,
#: and the sentence that says so. "Job" and "career" are stop words, so this is read from the field the interpreter
#: found and the goal's job words (`generate._not_found`), not as a sense's phrase.
FIELD_JOBS: dict[str, tuple[tuple[str, ...], str]] = {
    "data-ai": (
        ("data-analyst", "data-engineer", "data-scientist"),
        "“data” is a whole field with several first jobs, each with its own roadmap: Data Analyst (spreadsheets, SQL "
        "and dashboards: the usual way in), Data Engineer (pipelines and warehouses, from a programming background) "
        "or Data Scientist (statistics and machine learning); choose one and say it in your goal, as in “data analyst "
        "job”",
    ),
    "web": (
        ("frontend", "backend", "full-stack"),
        "“web” is a whole field with several first jobs, each with its own roadmap: Frontend Developer (what people "
        "see in the browser), Backend Developer (servers, APIs and databases) or Full-Stack Developer (both); choose "
        "one and say it in your goal, as in “frontend developer job”",
    ),
    "cloud-ops": (
        ("cloud-engineer", "devops", "site-reliability"),
        "“cloud” is a whole field with several first jobs, each with its own roadmap: Cloud Engineer, DevOps "
        "Engineer or Site Reliability Engineer; choose one and say it in your goal, as in “devops engineer job”",
    ),
    "security": (
        ("cyber-security", "penetration-tester", "devsecops"),
        "“security” is a whole field with several first jobs, each with its own roadmap: Cyber Security (defending "
        "systems, the usual way in), Penetration Tester (attacking them with permission) or DevSecOps Engineer "
        "(security in how software is built); choose one and say it in your goal, as in “cyber security job”",
    ),
}

#: A job title that names several roles' roadmaps ("web developer" is an alias of Frontend Developer and of
#: Full-Stack Developer): which job is the learner's choice, each with its roadmap, the usual way in first, and the
#: sentence that says so. The generator merged both roadmaps (868 h) under the first one's title, "Frontend Developer
#: Roadmap"; the finder already offered them side by side (goals._shared_role). A title not listed here that names
#: several roles is said with `shared_role_sentence`. A title is matched by its words' stems, so "web developers" and
#: "web development" (the work itself, which an alias read as "web developer" all the same) are the same choice. A
#: title listed here is a choice whatever else its words name: "analytics engineer" is the dbt topic's alias
#: ("analytics engineering") too, and "javascript developer" names a skill's roadmap beside a role's; each was
#: built as two roadmaps merged under the first one's title ("Data Analyst Roadmap", 858 h, with Data Engineer's
#: topics; "Frontend Developer Roadmap" with all of JavaScript's).
SHARED_ROLES: dict[str, tuple[tuple[str, ...], str]] = {
    "web developer": (
        ("frontend", "full-stack", "backend"),
        "“web developer” is the name of several jobs, each with its own roadmap: Frontend Developer (what people see "
        "in the browser: the usual way in), Full-Stack Developer (the browser and the server both) or Backend "
        "Developer (servers, APIs and databases); choose one and say it in your goal, as in “frontend developer”",
    ),
    "analytics engineer": (
        ("data-analyst", "data-engineer"),
        "“analytics engineer” is a job between two roadmaps, and the catalog has none of its own: Data Analyst, whose "
        "later phases are analytics engineering (dbt, dimensional modelling, shared metric definitions), the usual "
        "way in from analysis, or Data Engineer (pipelines, warehouses and orchestration, with dbt too); choose one "
        "and say it in your goal, as in “data analyst”",
    ),
    "javascript developer": (
        ("frontend", "full-stack", "javascript"),
        "“javascript developer” names several jobs, each with its own roadmap: Frontend Developer (JavaScript in "
        "the browser: the usual way in), Full-Stack Developer (the browser and Node.js on the server) or the "
        "JavaScript roadmap (the language itself, in depth, without a job's other skills); choose one and say it in "
        "your goal, as in “frontend developer”",
    ),
}


def shared_role_sentence(said: str, titles: list[str]) -> str:
    """What to say of a job title that names several roles' roadmaps and has no sentence of its own in
    `SHARED_ROLES`: that it is a choice, with each roadmap by its title."""
    listed = ", ".join(titles[:-1]) + f" or {titles[-1]}"
    return (
        f"“{said}” is the name of several jobs, each with its own roadmap: {listed}; choose one and say it in your "
        f"goal, as in “{titles[0].lower()}”"
    )


#: Words that name a kind of thing one makes, not what it is made with; each with the roadmaps that honestly help
#: when its subject is not understood (none: nothing in the catalog is about it in general).
GENERIC_SUGGESTIONS: dict[str, tuple[str, ...]] = {
    "extension": ("javascript", "typescript"),
    "addon": ("javascript",),
    "plugin": ("javascript", "wordpress"),
    "bot": ("python", "nodejs"),
    "tool": ("python", "go"),
    "theme": ("html-css", "wordpress"),
    "template": ("html-css",),
    "widget": ("javascript",),
    "mod": (),
    "ads": (),
    "app": (),
    "application": (),
    "platform": (),
}
GENERIC_WORDS = frozenset(GENERIC_SUGGESTIONS)

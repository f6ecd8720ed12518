"""A frontend job named by its framework ("vue developer", "angular developer", "frontend developer with svelte"):
the role learnt in that framework, React's topics left out with the framework's in their place.

The Frontend Developer roadmap teaches its components, routing, forms, state, server rendering and testing in React.
"vue developer" reads as that role and Vue.js (an alias of both), and was built as both whole: React, React with
TypeScript, routing and forms in React, Next.js and React's testing, then Vue.js's own, 752 hours for a learner who
never asked for React. The framework is now read as the one the role is done with: each of React's topics the
roadmap would teach leaves it, and the framework's topic that does its job takes its place, learnt where React's was
(`lexicon.IN_REACTS_PLACE`, the same swap "frontend without react" makes for Vue.js, understanding/without.py). No
project written for React is handed over (the left-out topics are what no project may need).

It applies when one phrase names the role and the framework ("vue developer", "get hired as an angular developer"),
or the role is said with it ("frontend developer with vue": understanding/role_with.py); never when the learner
names React too ("react and vue developer"), lists the two side by side ("frontend developer and vue": each as
listed), or says to do without React (the dislike does the swap). Said on the phrase's line ("Vue.js in React's
place") and in one note naming each swap, with one Undo: the phrase read as typed, which gives the roadmap back as
it was built before (the role with React, and the framework beside it).

The same swap, `InPlace`, puts another server language in Node.js's place in a role that teaches its server on
Node.js ("full stack python developer": understanding/stacks.py `in_nodes_place`), said and undone the same way.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.shapes import and_list
from roadmapfinder.search.text import normalize
from roadmapfinder.understanding.interpret import Meaning, Ref
from roadmapfinder.understanding.known import Understood
from roadmapfinder.understanding.lexicon import IN_REACTS_PLACE
from roadmapfinder.understanding.stacks import server_on_node
from roadmapfinder.understanding.without import taught_in_place

#: The topic that names React itself: asked for by the learner, React stays.
_REACT = "react"


@dataclass(frozen=True)
class InPlace:
    """The framework (`framework`, its roadmap's slug) a frontend role is done with, as the learner said it (`said`:
    "vue developer", "with vue"); each of React's topics the roadmap would teach, with the framework's in its place
    (None: nothing of its own stands there). Or a server language (`framework`: "python") in the place of Node.js
    (`of`), its topics named as the language's stack teaches them (`stack`: A backend programming language is
    Python)."""

    said: str
    framework: str
    places: tuple[tuple[str, str | None], ...]
    of: str = "React"  # what leaves the roadmap, as every line about the swap names it
    stack: str | None = None

    def title(self, catalog: Catalog) -> str:
        """The framework by its roadmap's title ("Vue.js"), as every line about the swap names it."""
        return catalog.roadmap(self.framework).title

    def why(self, catalog: Catalog, topic_id: str) -> str:
        """Why one of React's topics is left out, as the roadmap's list of left-out topics says it."""
        said = f"left out for {self.title(catalog)}, as you asked (“{self.said}”)"
        chosen = dict(self.places).get(topic_id)
        return f"{said}: {self._name(catalog, chosen)} takes its place" if chosen else said

    def placed(self, catalog: Catalog, topic_id: str) -> str:
        """Why the framework's topic is in the roadmap, where React's was."""
        return f"in place of {catalog.topic(topic_id).name}, as you asked (“{self.said}”)"

    def _name(self, catalog: Catalog, topic_id: str) -> str:
        """A topic put in the place, as the stack names it: “A backend programming language (Python)”."""
        name = catalog.topic(topic_id).name
        variant = next((v.name for v in catalog.topic(topic_id).variants if v.stack == self.stack), None)
        return f"{name} ({variant})" if self.stack and variant else name

    def reading(self, catalog: Catalog, read: Understood) -> Understood:
        """The phrase's line (`read`) saying it: “vue developer” → Frontend Developer, Vue.js in React's place;
        undoable, whatever it was read by (an alias of both says more now than the words as typed)."""
        means = [r for r in read.means if r.key != self.framework]
        means += [Ref(key=self.framework, name=f"{self.title(catalog)} in {self.of}'s place")]
        return read.model_copy(update={"means": means, "how": "synonym"})

    def note(self, catalog: Catalog) -> str:
        """What left the roadmap, what took its place, and the Undo."""
        title = self.title(catalog)
        pairs = [f"{self._name(catalog, c)} for {catalog.topic(t).name}" for t, c in self.places if c is not None]
        alone = [catalog.topic(t).name for t, c in self.places if c is None]
        said = f"{title} takes {self.of}'s place in this roadmap (“{self.said}”): {and_list(pairs)}"
        if alone:
            said += f"; {and_list(alone)} left out with nothing in {'its' if len(alone) == 1 else 'their'} place"
        return f"{said}; undo “{self.said}” to learn {self.of} too."


def in_reacts_place(
    catalog: Catalog,
    subjects: Sequence[Meaning],
    taught: Collection[str],
    *,
    with_said: str = "",
    within: str = "",
    plain: Collection[str] = (),
) -> InPlace | None:
    """The framework the goal's frontend role is done with (see the module docstring), or None. `subjects`: the
    goal's readings; `taught`: the topics the roadmap would teach, prerequisites included; `with_said`: the words a
    role is said with its tools by ("with vue", understanding/role_with.py), "" when it is not; `within`: a phrase
    read as the framework of another role the goal names (`in_a_role_of_react`: "vue developer" of "full stack vue
    developer")."""
    if any(r.key == _REACT for m in subjects for r in (*m.roadmaps, *m.topics)):
        return None  # React asked for by name stays
    undone = {normalize(p) for p in plain}
    for meaning in subjects:
        slugs = {r.key for r in meaning.roadmaps}
        framework = next((s for s in IN_REACTS_PLACE if s in slugs), None)
        if framework is None or normalize(meaning.said) in undone:
            continue
        alone = slugs == {framework}  # "frontend developer with vue": the tool's own line
        by_role = normalize(meaning.said) == normalize(within) or (
            with_said and normalize(meaning.said) in normalize(with_said)
        )
        if alone and not by_role:
            continue  # a framework listed beside the role keeps each as listed
        if not alone and not any(_teaches_react(catalog, s) for s in slugs - {framework}):
            continue  # "nuxt developer": no role of React's in the phrase
        places = taught_in_place(catalog, IN_REACTS_PLACE[framework], taught)
        if places and catalog.has_roadmap(framework):
            said = with_said if alone and normalize(meaning.said) != normalize(within) else meaning.said
            return InPlace(said=said, framework=framework, places=places)
    return None


def in_a_role_of_react(
    catalog: Catalog, subjects: Sequence[Meaning], *, plain: Collection[str] = ()
) -> tuple[list[Meaning], str | None]:
    """The goal's subjects with a framework's frontend job ("vue developer": Frontend Developer and Vue.js) read as the
    framework alone when the goal names another role that teaches React ("full stack vue developer": Full-Stack
    Developer, whose frontend it is), and that role's slug; (subjects, None) otherwise. The framework then takes
    React's place in that role (`in_reacts_place`, `within`), where Frontend Developer was built beside it, the
    frontend learnt twice (907 hours). Never when the learner undid the phrase (`plain`) or names React."""
    undone = {normalize(p) for p in plain}
    if any(r.key == _REACT for m in subjects for r in (*m.roadmaps, *m.topics)):
        return list(subjects), None
    for at, meaning in enumerate(subjects):
        slugs = {r.key for r in meaning.roadmaps}
        framework = next((s for s in IN_REACTS_PLACE if s in slugs), None)
        if framework is None or slugs == {framework} or normalize(meaning.said) in undone:
            continue
        roles = {
            r.key
            for other in subjects
            if other is not meaning
            for r in other.roadmaps
            if catalog.has_roadmap(r.key) and catalog.roadmap(r.key).role and _teaches_react(catalog, r.key)
        }
        if len(roles) == 1:
            alone = meaning.model_copy(update={"roadmaps": [r for r in meaning.roadmaps if r.key == framework]})
            return [*subjects[:at], alone, *subjects[at + 1 :]], roles.pop()
    return list(subjects), None


def frontend_only(catalog: Catalog, subjects: Sequence[Meaning], within: str) -> list[str]:
    """The frameworks a goal learns as the frontend of a role that also teaches a server, so only as far as that role
    needs them (their foundations, phases up to Junior, as "full stack developer with vue" gives them): the phrase
    read within the role (`within`, `in_a_role_of_react`), and a phrase naming such a role with the framework ("mean
    stack": Full-Stack Developer and Angular, where the whole Angular roadmap made it 869 hours). A frontend job named
    by its framework ("vue developer") learns the framework whole."""
    found = []
    for meaning in subjects:
        slugs = [r.key for r in meaning.roadmaps]
        frameworks = [s for s in slugs if s in IN_REACTS_PLACE]
        read_within = bool(within) and normalize(meaning.said) == normalize(within)
        if frameworks and (read_within or any(server_on_node(catalog, s) for s in slugs)):
            found += frameworks
    return found


def _teaches_react(catalog: Catalog, slug: str) -> bool:
    return catalog.has_roadmap(slug) and not set(IN_REACTS_PLACE["vue"]).isdisjoint(catalog.roadmap(slug).topic_ids)

"""schema.org structured data (JSON-LD) for a document, so search engines show a roadmap as a course.

A roadmap is a `Course` whose syllabus sections are its phases, each with its time at the reader's pace.
"""

from __future__ import annotations

from typing import Any

from roadmapfinder.exporters.document import Document

SITE_NAME = "RoadmapFinder"


def course_json_ld(document: Document, *, site_url: str) -> dict[str, Any]:
    """The document as a schema.org Course (a plain dict, ready for `json.dumps`)."""
    hours = sum(section.hours for section in document.sections)
    levels = [section.level for section in document.sections]
    return {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": document.title,
        "description": document.summary,
        "url": document.href,
        "inLanguage": "en",
        "isAccessibleForFree": True,
        "educationalLevel": f"{levels[0]} to {levels[-1]}" if levels else "",
        "timeRequired": _duration(hours),
        "provider": {"@type": "Organization", "name": SITE_NAME, "url": site_url.rstrip("/") + "/"},
        "syllabusSections": [
            {
                "@type": "Syllabus",
                "name": f"Phase {section.number}: {section.title}",
                "description": section.goal,
                "timeRequired": _duration(section.hours),
            }
            for section in document.sections
        ],
        "teaches": [item.name for section in document.sections for item in section.items],
    }


def _duration(hours: float) -> str:
    """ISO 8601 duration in whole hours (PT120H)."""
    return f"PT{round(hours)}H"

"""Content layer: model, loader and validator. Pure Python, never imports Qt."""

from app.content.library import ContentLibrary, CoverageRow, load_library
from app.content.links import LinkVerdict, check_link
from app.content.model import (
    DEVICE_PLATFORMS,
    ENGLISH,
    LINK_PLATFORMS,
    Catalogue,
    ContentIssue,
    Guide,
    Link,
    LocalizedText,
    OfferedLink,
    Review,
    ReviewStatus,
    Section,
    Severity,
    Step,
    Tool,
    ToolStatus,
    Verification,
)

__all__ = [
    "DEVICE_PLATFORMS",
    "ENGLISH",
    "LINK_PLATFORMS",
    "Catalogue",
    "ContentIssue",
    "ContentLibrary",
    "CoverageRow",
    "Guide",
    "Link",
    "LinkVerdict",
    "LocalizedText",
    "OfferedLink",
    "Review",
    "ReviewStatus",
    "Section",
    "Severity",
    "Step",
    "Tool",
    "ToolStatus",
    "Verification",
    "check_link",
    "load_library",
]

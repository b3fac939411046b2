"""The vetted content: the topic tree, its sources and the review record of each translation."""

from family_bot.content.model import TOPIC_IDS, ContentError, ContentTree, Page, load_content_tree
from family_bot.content.reviews import ReviewBook, ReviewState, load_review_book

__all__ = [
    "TOPIC_IDS",
    "ContentError",
    "ContentTree",
    "Page",
    "ReviewBook",
    "ReviewState",
    "load_content_tree",
    "load_review_book",
]

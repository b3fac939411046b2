"""Pages read aloud by people ("voices"), approved by a second person like a translation, and
heard by families with the "🔊 Listen" button under the page."""

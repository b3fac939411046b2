"""The trainers' simulator: phones side by side in a browser, each a chat with the real bot.

`family-bot simulate` (and `make run`, next to the terminal demo) starts the embedded Bot API
server, the bot on a throw-away database, a coach linked to a family, and a local web page
(127.0.0.1, behind a token) where a trainer types, taps buttons and moves the clock.
"""

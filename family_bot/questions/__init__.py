"""Typed questions answered with the vetted page that fits, never with words of the bot's own."""

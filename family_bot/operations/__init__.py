"""Running the bot in the field: health and metrics for monitoring, backups, and the doctor."""

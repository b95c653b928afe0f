"""Work the bot does unprompted: sending what the due queue says is due."""

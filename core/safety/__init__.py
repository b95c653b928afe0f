"""The safety net's understanding of a message: crisis and danger in any words, in twelve
languages. Pure code: no Telegram, no database."""

from core.safety.assess import NOTHING, Assessment, Level, assess, load
from core.safety.recognizer import Kind

__all__ = ["NOTHING", "Assessment", "Kind", "Level", "assess", "load"]

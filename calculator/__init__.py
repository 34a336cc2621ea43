"""Spoorwijzer calculator: the deadlines of the Wet verbetering Poortwachter."""

"""The action plan and its measures: plan import, links to indicators, measure drafting and roll-ups, the measures documents."""

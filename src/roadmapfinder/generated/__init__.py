"""Generated roadmaps as stored, shareable records, and the demand for goals nothing in the catalog matched."""

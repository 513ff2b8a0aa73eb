-- Each source's evidence sentences as the annotated article split them: a JSON object of field name to the
-- [start, end] bounds of the sentence in the article body. Rows from before have none; the store then shows
-- the evidence words alone.
ALTER TABLE event_sources ADD COLUMN sentences TEXT;

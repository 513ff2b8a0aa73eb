-- The API's map query filters by date, type and point: this index answers the filter (and the count of
-- matches) without reading the rows. The update time answers the API's last_update at once.
CREATE INDEX events_map ON events (event_date, event_type, status, longitude, latitude);
CREATE INDEX events_updated ON events (updated_at);

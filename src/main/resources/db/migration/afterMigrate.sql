-- After every migration (Flyway callback): tables added since are tracked for the public pages'
-- data version, and tables declared private since lose their triggers (see V80).
select gnlc_untrack_private_tables();
select gnlc_track_public_tables();

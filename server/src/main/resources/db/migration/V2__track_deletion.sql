-- A track that leaves the picture (deleted by its tracker, or absent from its sector's latest picture) gets one more
-- track_history row with deleted = TRUE, carrying its last state: the history says when it went, and a restart
-- (LivePicture reload) does not bring it back.
ALTER TABLE track_history ADD COLUMN deleted BOOLEAN DEFAULT FALSE NOT NULL;


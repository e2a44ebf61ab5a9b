-- Challenges by item (a content item in a challenge cannot be deleted; io.herald.api.challenges).
CREATE INDEX challenge_items_item_ix ON challenge_items (content_id);

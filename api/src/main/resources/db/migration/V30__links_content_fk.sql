-- A link names the content item it leads to; items are archived, never deleted, so every link's item is there.
ALTER TABLE links ADD CONSTRAINT links_content_fk FOREIGN KEY (content_id) REFERENCES content_items (id);

-- A secret key is looked up by its hash; sites without one (NULL) are not in the index, on Oracle and H2 alike.
CREATE UNIQUE INDEX sites_secret_hash_uq ON sites (secret_hash);

-- The academy's emblem, printed at the top left of every certificate issued with the template
-- (optional, like the signatures and the seal; a PNG that Kelisim wrote after reading the upload).
ALTER TABLE certificate_template ADD COLUMN emblem_image ${blob_type};

-- Names Kelisim shows in the reader's language: a session's title and a seminar's venue may be
-- written in Russian and English beside Kazakh; a group made by the balancer keeps its number, so
-- its name is "1-топ", "Группа 1" or "Group 1" as the reader reads (a renamed group keeps its name).
ALTER TABLE seminar_session ADD COLUMN title_ru VARCHAR(300);
ALTER TABLE seminar_session ADD COLUMN title_en VARCHAR(300);
ALTER TABLE seminar ADD COLUMN venue_ru VARCHAR(300);
ALTER TABLE seminar ADD COLUMN venue_en VARCHAR(300);
ALTER TABLE seminar_group ADD COLUMN generated_number INT;

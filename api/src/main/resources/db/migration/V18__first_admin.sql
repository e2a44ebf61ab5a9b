-- The first admin invite, made once however many instances start together on an empty database (issue 13): the
-- start that makes it locks this table's one row first (auth.invites.FirstAdminInvite), so the others wait, then see
-- the invite. The row keeps that invite's code while it can be redeemed, for `./herald admin-invite`, which prints it
-- for an operator who cannot see the data folder of the instance that made it (invite codes are otherwise stored
-- only hashed; this one names no one and stops working once redeemed or expired).
CREATE TABLE first_admin (
    id          NUMBER(1) NOT NULL,
    invite_id   VARCHAR2(36 CHAR),
    code        VARCHAR2(100 CHAR),
    expires_at  NUMBER(19),
    CONSTRAINT first_admin_pk PRIMARY KEY (id),
    CONSTRAINT first_admin_one_ck CHECK (id = 1)
);

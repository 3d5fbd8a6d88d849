CREATE INDEX "daily_steps_article" ON "daily_steps" USING btree ("article","day");--> statement-breakpoint
CREATE INDEX "step_outcomes_updated_at" ON "step_outcomes" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "votes_updated_at" ON "votes" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "votes_commented" ON "votes" USING btree ("updated_at") WHERE "votes"."comment" is not null;
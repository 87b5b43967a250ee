package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"newsbot/discord"
)

func runServe(ctx context.Context, cfg config, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", cfg.KBPath, "knowledge base file")
	fs.StringVar(&cfg.DataDir, "data", cfg.DataDir, "folder of articles, rebuilt on reload")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if cfg.Token == "" {
		return usageError{`DISCORD_TOKEN is required for "serve": create an application at https://discord.com/developers/applications, ` +
			"add a bot, copy its token into .env (see README), or use `bot console` to try the bot locally"}
	}
	log := newLogger(cfg, stderr)
	b, err := openBot(ctx, cfg, *db, stderr)
	if err != nil {
		return err
	}
	defer b.Close()

	// SIGHUP rebuilds the knowledge base and swaps it in, like /reload.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-hup:
				summary, err := b.Reload(ctx)
				if err != nil {
					log.Error("reload on SIGHUP failed; still serving the previous knowledge base", "err", err)
					continue
				}
				log.Info("reloaded on SIGHUP", "summary", summary)
			}
		}
	}()
	info := b.Info(ctx)
	log.Info("serving", "kb", *db, "articles", info.Articles, "shard", cfg.ShardID, "shards", cfg.ShardCount)
	return discord.Run(ctx, discord.Config{
		Token: cfg.Token, AppID: cfg.AppID, GuildID: cfg.GuildID, Prefix: cfg.Prefix, APIURL: cfg.APIURL,
		AdminIDs: cfg.AdminIDs, ShardID: cfg.ShardID, ShardCount: cfg.ShardCount,
		RatePerUser: cfg.RateCount, RateWindow: cfg.RateWindow,
	}, b, log)
}

func runInvite(cfg config, stdout io.Writer) error {
	if cfg.AppID == "" {
		return usageError{`DISCORD_APP_ID is required for "invite": it is the Application ID on the application's General Information page`}
	}
	fmt.Fprintln(stdout, discord.InviteURL(cfg.AppID))
	return nil
}

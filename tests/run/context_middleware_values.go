package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

type ctxKey string

func (k ctxKey) String() string { return "key:" + string(k) }

const (
	requestIDKey ctxKey = "request-id"
	userKey      ctxKey = "user"
)

type handler func(ctx context.Context, path string) (string, error)

func withRequestID(id string, next handler) handler {
	return func(ctx context.Context, path string) (string, error) {
		return next(context.WithValue(ctx, requestIDKey, id), path)
	}
}

func withAuth(user string, next handler) handler {
	return func(ctx context.Context, path string) (string, error) {
		if user == "" {
			return "", errors.New("unauthorized")
		}
		return next(context.WithValue(ctx, userKey, user), path)
	}
}

func withCancelOn(prefix string, next handler) handler {
	return func(ctx context.Context, path string) (string, error) {
		ctx, cancel := context.WithCancelCause(ctx)
		defer cancel(nil)
		if strings.HasPrefix(path, prefix) {
			cancel(fmt.Errorf("path %s is blocked", path))
		}
		return next(ctx, path)
	}
}

func final(ctx context.Context, path string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("%w: %v", err, context.Cause(ctx))
	}
	id, _ := ctx.Value(requestIDKey).(string)
	user, _ := ctx.Value(userKey).(string)
	return fmt.Sprintf("[%s] %s -> %s | %v", id, user, path, ctx), nil
}

func main() {
	h := withRequestID("r-1", withAuth("ana", withCancelOn("/admin", final)))
	for _, p := range []string{"/home", "/admin/users"} {
		out, err := h(context.Background(), p)
		fmt.Println(out)
		fmt.Println(err, errors.Is(err, context.Canceled))
	}
	_, err := withAuth("", final)(context.TODO(), "/x")
	fmt.Println(err)
}

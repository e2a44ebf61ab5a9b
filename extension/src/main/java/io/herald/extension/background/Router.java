package io.herald.extension.background;

import io.herald.extension.jso.Runtime;
import io.herald.extension.message.Kind;
import io.herald.extension.message.Message;
import io.herald.extension.message.MessageException;
import java.util.function.Consumer;

/**
 * Reads each message, checks that its sender may send it, and hands it to {@link Composing} (the assistant's
 * requests) or {@link Account} (the options page's and the popup's). Every message gets exactly one answer.
 */
final class Router {

    /** A handler of one kind of message. */
    interface Handler {
        void handle(Message request, Sender sender, Consumer<Message> answer);
    }

    /** Where a message came from: a content script in a web page's frame, or one of the extension's own pages. */
    record Sender(int tabId, int frameId, boolean fromWeb) {
    }

    private final Composing composing;
    private final Account account;

    Router(Composing composing, Account account) {
        this.composing = composing;
        this.account = account;
    }

    void receive(String text, int tabId, int frameId, boolean fromWeb, Runtime.Reply reply) {
        Message request;
        try {
            request = Message.parse(text);
        } catch (MessageException e) {
            reply.send(Message.error(e.getMessage()).toJson());
            return;
        }
        Kind kind = request.kind();
        if (kind == null) {
            reply.send(Message.error("Unknown message kind \"" + request.text("kind") + "\".").toJson());
            return;
        }
        if (fromWeb && !kind.forContentScripts()) {
            // Content scripts run inside web pages: they never sign in or out, change settings or see the account.
            reply.send(Message.error("\"" + kind.id() + "\" is not for content scripts.").toJson());
            return;
        }
        handler(kind).handle(request, new Sender(tabId, frameId, fromWeb), answer -> reply.send(answer.toJson()));
    }

    private Handler handler(Kind kind) {
        switch (kind) {
            case COMPOSER_FOCUSED:
                return composing::composerFocused;
            case HELLO:
                return composing::hello;
            case LINT:
                return composing::lint;
            case SUGGEST:
                return composing::suggest;
            case COMPOSE:
                return composing::compose;
            case LINK_OFFERS:
                return composing::linkOffers;
            case LINK:
                return composing::link;
            case REPORT_SHARE:
                return composing::reportShare;
            case KEEPALIVE:
                return composing::keepAlive;
            case SET_COLLAPSED:
                return composing::setCollapsed;
            case OPEN_OPTIONS:
                return (request, sender, answer) -> {
                    Runtime.openOptionsPage();
                    answer.accept(Message.answer());
                };
            case STATUS:
                return account::status;
            case SIGN_IN:
                return account::signIn;
            case SIGN_OUT:
                return account::signOut;
            case SAVE_SETTINGS:
                return account::saveSettings;
            case SET_LEADERBOARD:
                return account::setLeaderboard;
            case FEED:
                return account::feed;
            case MY_STATS:
                return account::myStats;
            case SIGN_IN_CODE:
                return account::signInCode;
            case QUEUE_STATUS:
                return account::queueStatus;
            default:
                return (request, sender, answer) -> answer.accept(Message.error("Unhandled kind " + kind.id()));
        }
    }
}

package fr.sesame.web;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;

/**
 * Reactor Netty answers a request it cannot decode (a request line longer than the limit, headers
 * too large, a malformed request line) itself, with an empty body, before the application sees it.
 * This puts a problem detail in that body, so every answer of the server is one.
 */
@Component
class DecodingFailureProblems implements NettyServerCustomizer {

  private final Messages messages;

  DecodingFailureProblems(Messages messages) {
    this.messages = messages;
  }

  @Override
  public reactor.netty.http.server.HttpServer apply(reactor.netty.http.server.HttpServer server) {
    return server.doOnChannelInit(
        (observer, channel, address) -> {
          if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
            channel
                .pipeline()
                .addAfter(
                    NettyPipeline.HttpCodec, "sesame.problemBodies", new ProblemBodies(messages));
          }
        });
  }

  /** Fills the empty body of the server's own error answers. */
  static final class ProblemBodies extends ChannelDuplexHandler {
    private final Messages messages;

    ProblemBodies(Messages messages) {
      this.messages = messages;
    }

    @Override
    public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
      if (message instanceof FullHttpResponse response
          && response.status().code() >= 400
          && !response.content().isReadable()
          && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)) {
        ProblemType type = typeOf(response.status().code());
        String json =
            "{\"type\":\"%s\",\"title\":\"%s\",\"status\":%d,\"code\":\"%s\"}"
                .formatted(
                    type.uri(),
                    // The request could not be read, so neither could its Accept-Language.
                    messages.title(type, Languages.FRENCH),
                    response.status().code(),
                    type.slug());
        ByteBuf body = Unpooled.copiedBuffer(json, StandardCharsets.UTF_8);
        FullHttpResponse withBody = response.replace(body);
        withBody
            .headers()
            .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        withBody.headers().set(HttpHeaderNames.CONTENT_LANGUAGE, Languages.FRENCH.toLanguageTag());
        withBody.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
        response.release();
        context.write(withBody, promise);
        return;
      }
      context.write(message, promise);
    }

    private static ProblemType typeOf(int status) {
      return switch (status) {
        case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
        case 414 -> ProblemType.URI_TOO_LONG;
        case 431 -> ProblemType.HEADERS_TOO_LARGE;
        default -> ProblemType.MALFORMED_REQUEST;
      };
    }
  }
}

package fr.sesame.webhooks;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Body of {@code POST /api/webhooks}; the URL and the events are checked by the service. */
record WebhookInput(
    @NotNull @Schema(format = "uri", maxLength = AddressPolicy.MAX_URL_LENGTH) String url,
    @NotEmpty
        @ArraySchema(
            schema =
                @Schema(
                    allowableValues = {
                      WebhookEvents.LETTER_ACTIVATED,
                      WebhookEvents.LETTER_LOCKED,
                      WebhookEvents.SEND_COMPLETED
                    }))
        List<String> events) {}
